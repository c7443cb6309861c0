package dev.plugboard.http.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    @Test
    void without_trusted_proxies_the_tcp_peer_is_the_client_whatever_x_forwarded_for_says() {
        assertThat(TrustedProxies.NONE.clientKey("203.0.113.9", List.of("198.51.100.1")))
                .isEqualTo("203.0.113.9");
        assertThat(TrustedProxies.NONE.clientKey("203.0.113.9", List.of())).isEqualTo("203.0.113.9");
    }

    @Test
    void a_request_from_a_trusted_proxy_is_counted_under_the_address_that_proxy_saw() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.7");

        assertThat(proxies.clientKey("10.0.0.7", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(proxies.clientKey("10.0.0.7", List.of())).isEqualTo("10.0.0.7");
        assertThat(proxies.clientKey("10.0.0.8", List.of("198.51.100.1"))).isEqualTo("10.0.0.8");
    }

    @Test
    void addresses_a_client_wrote_itself_before_the_proxy_appended_its_own_are_ignored() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8");

        assertThat(proxies.clientKey("10.0.0.7", List.of("1.1.1.1, 2.2.2.2, 198.51.100.1")))
                .isEqualTo("198.51.100.1");
        assertThat(proxies.clientKey("10.0.0.7", List.of("1.1.1.1", "198.51.100.1")))
                .isEqualTo("198.51.100.1");
        // a client posing as a trusted proxy gains nothing: the entry after it is not trusted
        assertThat(proxies.clientKey("10.0.0.7", List.of("10.9.9.9, 198.51.100.1")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void a_chain_of_trusted_proxies_is_followed_to_the_first_untrusted_address() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.2");

        assertThat(proxies.clientKey("10.0.0.7", List.of("6.6.6.6, 198.51.100.1, 192.168.1.2, 10.1.2.3")))
                .isEqualTo("198.51.100.1");
        assertThat(proxies.clientKey("10.0.0.7", List.of("192.168.1.2, 10.1.2.3")))
                .isEqualTo("192.168.1.2");
    }

    @Test
    void ports_are_dropped_and_an_entry_that_is_no_address_stops_the_walk_at_the_last_trusted_hop() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.7, 10.0.0.8");

        assertThat(proxies.clientKey("10.0.0.7", List.of("198.51.100.1:4711"))).isEqualTo("198.51.100.1");
        assertThat(proxies.clientKey("10.0.0.7", List.of("[2001:db8::1]:4711"))).isEqualTo("2001:db8:0:0::/64");
        assertThat(proxies.clientKey("10.0.0.7", List.of("unknown"))).isEqualTo("10.0.0.7");
        assertThat(proxies.clientKey("10.0.0.7", List.of("example.com, 10.0.0.8")))
                .isEqualTo("10.0.0.8");
        assertThat(proxies.clientKey("10.0.0.7", List.of(""))).isEqualTo("10.0.0.7");
    }

    @Test
    void ipv6_clients_are_counted_by_their_64_bit_network() {
        TrustedProxies proxies = TrustedProxies.parse("fd00::/8");

        assertThat(TrustedProxies.NONE.clientKey("2001:db8:1:2:aaaa::1", List.of()))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(TrustedProxies.NONE.clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee", List.of()))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(TrustedProxies.NONE.clientKey("2001:db8:1:3::1", List.of())).isEqualTo("2001:db8:1:3::/64");
        assertThat(TrustedProxies.NONE.clientKey("::ffff:192.0.2.1", List.of())).isEqualTo("192.0.2.1");
        assertThat(proxies.clientKey("fd12::1", List.of("2001:db8::7"))).isEqualTo("2001:db8:0:0::/64");
        assertThat(proxies.clientKey("fe80::1", List.of("2001:db8::7"))).isEqualTo("fe80:0:0:0::/64");
    }

    @Test
    void networks_match_on_their_prefix_bits_only() {
        TrustedProxies proxies = TrustedProxies.parse("172.16.0.0/12");

        assertThat(proxies.trusts(new byte[] {(byte) 172, 31, (byte) 255, 1})).isTrue();
        assertThat(proxies.trusts(new byte[] {(byte) 172, 32, 0, 1})).isFalse();
        assertThat(proxies.trusts(new byte[] {(byte) 172, 15, 0, 1})).isFalse();
        assertThat(TrustedProxies.parse("0.0.0.0/0").trusts(new byte[] {8, 8, 8, 8}))
                .isTrue();
    }

    @Test
    void every_entry_that_is_no_address_or_network_is_a_problem_and_no_name_is_resolved() {
        assertThat(TrustedProxies.problems("10.0.0.1, localhost, 10.0.0.0/33, 256.1.1.1, fd00::/129, 10.0.0.0/8"))
                .containsExactly(
                        "'localhost' is not an IP address or a network such as 10.0.0.0/8 or fd00::/8",
                        "'10.0.0.0/33' is not an IP address or a network such as 10.0.0.0/8 or fd00::/8",
                        "'256.1.1.1' is not an IP address or a network such as 10.0.0.0/8 or fd00::/8",
                        "'fd00::/129' is not an IP address or a network such as 10.0.0.0/8 or fd00::/8");
        assertThat(TrustedProxies.problems("")).isEmpty();
        assertThat(TrustedProxies.problems("abc")).hasSize(1);
        assertThat(TrustedProxies.problems("010.0.0.1")).hasSize(1);
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.1,,10.0.0.2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'' is not an IP address or a network such as 10.0.0.0/8 or fd00::/8");
    }

    @Test
    void the_list_reads_back_as_configured() {
        assertThat(TrustedProxies.parse(" 10.0.0.7 ,fd00::/8").toString()).isEqualTo("10.0.0.7, fd00::/8");
        assertThat(TrustedProxies.parse("")).isEqualTo(TrustedProxies.NONE);
    }
}

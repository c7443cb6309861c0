package dev.plugboard.http.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralTest {
    @Test
    void reads_dotted_decimal_into_four_bytes() {
        assertThat(IpLiteral.ipv4("192.0.2.255"))
                .hasValueSatisfying(
                        bytes -> assertThat(bytes).containsExactly((byte) 192, (byte) 0, (byte) 2, (byte) 255));
        assertThat(IpLiteral.ipv4("0.0.0.0"))
                .hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(0, 0, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1.2.3",
                "1.2.3.4.",
                "1.2.3.4.5",
                ".1.2.3",
                "1..2.3",
                "256.0.0.1",
                "01.2.3.4",
                "1.2.3.-4",
                "1.2.3.4 ",
                "1.2.3.a",
                "9999999999.1.1.1",
                "localhost"
            })
    void refuses_anything_else_as_ipv4(String text) {
        assertThat(IpLiteral.ipv4(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "abc", "1.2.3", "::g", "1:2:3:4:5:6:7:8:9", "fe80::1%eth0"})
    void refuses_text_that_is_no_literal_without_resolving_it(String text) {
        assertThat(IpLiteral.parse(text)).isEmpty();
    }

    @Test
    void keys_ipv4_whole_and_ipv6_by_its_first_64_bits() {
        assertThat(IpLiteral.parse("2001:db8:a:b:c:d:e:f").map(IpLiteral::clientKey))
                .isEqualTo(Optional.of("2001:db8:a:b::/64"));
        assertThat(IpLiteral.parse("::1").map(IpLiteral::clientKey)).isEqualTo(Optional.of("0:0:0:0::/64"));
        assertThat(IpLiteral.parse("203.0.113.7").map(IpLiteral::clientKey)).isEqualTo(Optional.of("203.0.113.7"));
    }
}

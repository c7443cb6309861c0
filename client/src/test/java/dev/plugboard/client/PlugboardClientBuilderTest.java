package dev.plugboard.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every setting is checked when it is set, and messages name the bad value but never a secret. */
class PlugboardClientBuilderTest {
    @Test
    void the_default_base_uri_is_pluggys_api() {
        try (PlugboardClient client = PlugboardClient.builder().apiKey("k").build()) {
            assertThat(client).hasToString("PlugboardClient[baseUri=https://api.pluggy.ai]");
        }
    }

    @Test
    void to_string_names_the_client_id_but_never_the_secret() {
        try (PlugboardClient client = PlugboardClient.builder()
                .baseUri("http://127.0.0.1:8080/")
                .clientId(Answers.CLIENT_ID)
                .clientSecret(Answers.CLIENT_SECRET)
                .build()) {
            assertThat(client)
                    .hasToString("PlugboardClient[baseUri=http://127.0.0.1:8080, clientId=" + Answers.CLIENT_ID + "]");
        }
    }

    @Test
    void a_base_uri_that_is_not_http_is_rejected_by_name() {
        assertThatThrownBy(() -> PlugboardClient.builder().baseUri("ftp://example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUri must be an http or https URI with a host and no query, got 'ftp://example.com'");
        assertThatThrownBy(() -> PlugboardClient.builder().baseUri("http://exa mple.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUri must be an http or https URI, got 'http://exa mple.com'");
        assertThatThrownBy(() -> PlugboardClient.builder().baseUri("https://api.pluggy.ai?x=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "baseUri must be an http or https URI with a host and no query, got 'https://api.pluggy.ai?x=1'");
    }

    @Test
    void a_blank_secret_is_rejected_without_showing_it() {
        assertThatThrownBy(() -> PlugboardClient.builder().clientSecret("   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clientSecret must not be blank, got a blank value");
        assertThatThrownBy(() -> PlugboardClient.builder().clientId(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clientId must not be blank, got ''");
    }

    @Test
    void client_keys_come_in_pairs_and_some_way_to_authenticate_is_needed() {
        assertThatThrownBy(() -> PlugboardClient.builder().clientId("id").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("set clientId and clientSecret together; only clientId is set");
        assertThatThrownBy(() -> PlugboardClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("set clientId and clientSecret, or an apiKey");
    }

    @Test
    void timeouts_retries_and_backoff_are_checked_with_the_bad_value_in_the_message() {
        assertThatThrownBy(() -> PlugboardClient.builder().requestTimeout(Duration.ZERO))
                .hasMessage("requestTimeout must be positive, got PT0S");
        assertThatThrownBy(() -> PlugboardClient.builder().connectTimeout(Duration.ofSeconds(-1)))
                .hasMessage("connectTimeout must be positive, got PT-1S");
        assertThatThrownBy(() -> PlugboardClient.builder().maxRetries(11))
                .hasMessage("maxRetries must be from 0 to 10, got 11");
        assertThatThrownBy(() -> PlugboardClient.builder().retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessage("the max backoff must not be shorter than the initial one, got PT1S < PT2S");
        assertThatThrownBy(() -> PlugboardClient.builder().maxRetryAfter(Duration.ofSeconds(-5)))
                .hasMessage("maxRetryAfter must not be negative, got PT-5S");
    }

    @Test
    void operation_arguments_are_checked_before_anything_is_sent() {
        try (PlugboardClient client = PlugboardClient.builder()
                .baseUri("http://127.0.0.1:9")
                .apiKey("k")
                .build()) {
            assertThatThrownBy(() -> client.connectorRetrieve(-1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a connector id is 0 or more, got -1");
            java.util.Map<String, String> withNull = new java.util.HashMap<>();
            withNull.put("user", null);
            assertThatThrownBy(() -> client.connectorsValidate(2, withNull))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("parameters must not hold null names or values, got a null for 'user'");
            assertThatThrownBy(() -> client.connectorsValidate(2, Map.of()).valid())
                    .isInstanceOf(TransportException.class);
        }
    }

    @Test
    void queries_check_their_values() {
        assertThatThrownBy(() -> ConnectorQuery.all().page(0)).hasMessage("page must be 1 or more, got 0");
        assertThatThrownBy(() -> ConnectorQuery.all().pageSize(-3)).hasMessage("pageSize must be 1 or more, got -3");
        assertThatThrownBy(() -> ConnectorQuery.all().name(" ")).hasMessage("name must not be blank, got ' '");
        assertThatThrownBy(() -> ConnectorQuery.all().countries("BR", ""))
                .hasMessage("a country must not be blank, got ''");
        assertThatThrownBy(() -> ConnectorQuery.all().types(ConnectorType.UNKNOWN))
                .hasMessage("UNKNOWN is not a connector type a query can send, got [UNKNOWN]");
    }
}

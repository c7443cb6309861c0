package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.auth.NewApplication;
import dev.plugboard.http.auth.TokenKind;
import dev.plugboard.http.overload.LimitSettings;
import dev.plugboard.http.overload.MutableClock;
import dev.plugboard.http.overload.OverloadStats;
import dev.plugboard.http.overload.TrustedProxies;
import dev.plugboard.http.wire.ApiError;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitRoutesTest {
    static final String TOO_MANY =
            "{\"message\":\"Too many requests. Please try again later (see Retry-After header in seconds)\","
                    + "\"code\":429}";
    static final String FORGED_KEY = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.Zm9yZ2Vk";

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    TestServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private TestServer start(int auth, int address, int credential, TrustedProxies proxies) {
        server = new TestServer(new LimitSettings(auth, address, credential, 0, 0, proxies), clock);
        return server;
    }

    /** The headers this feature writes, by lower-case name. */
    private static Map<String, String> limitHeaders(HttpResponse<?> response) {
        return response.headers().map().entrySet().stream()
                .filter(e -> e.getKey().startsWith("ratelimit-") || e.getKey().equals("retry-after"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join("|", e.getValue())));
    }

    private HttpResponse<String> get(String path, String apiKey) {
        return server.send(HttpRequest.newBuilder(server.uri(path))
                .header("X-API-KEY", apiKey)
                .build());
    }

    private HttpResponse<String> auth(NewApplication app) {
        return server.send(HttpRequest.newBuilder(server.uri("/auth"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\""
                        + app.application().clientId() + "\",\"clientSecret\":\""
                        + app.clientSecret().reveal() + "\"}"))
                .build());
    }

    @Test
    void a_credential_past_its_limit_gets_pluggys_429_with_retry_after_and_the_bucket_refills_with_time() {
        start(0, 0, 3, TrustedProxies.NONE);

        List<HttpResponse<String>> admitted =
                List.of(server.get("/connectors/2"), server.get("/connectors/2"), server.get("/connectors/2"));
        HttpResponse<String> refused = server.get("/connectors/2");

        assertThat(admitted).extracting(HttpResponse::statusCode).containsExactly(200, 200, 200);
        assertThat(admitted)
                .extracting(RateLimitRoutesTest::limitHeaders)
                .containsExactly(
                        Map.of("ratelimit-limit", "3", "ratelimit-remaining", "2", "ratelimit-reset", "20"),
                        Map.of("ratelimit-limit", "3", "ratelimit-remaining", "1", "ratelimit-reset", "40"),
                        Map.of("ratelimit-limit", "3", "ratelimit-remaining", "0", "ratelimit-reset", "60"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo(TOO_MANY);
        assertThat(ApiError.TOO_MANY_REQUESTS.message())
                .isEqualTo("Too many requests. Please try again later (see Retry-After header in seconds)");
        assertThat(limitHeaders(refused))
                .isEqualTo(Map.of(
                        "ratelimit-limit", "3",
                        "ratelimit-remaining", "0",
                        "ratelimit-reset", "60",
                        "retry-after", "20"));
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(refused.headers().firstValue("X-Request-Id")).isPresent();

        clock.advance(Duration.ofSeconds(19));
        assertThat(limitHeaders(server.get("/connectors/2"))).containsEntry("retry-after", "1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(server.get("/connectors/2").statusCode()).isEqualTo(200);
        assertThat(server.server.overload().rateLimited(OverloadStats.Limit.CREDENTIAL))
                .isEqualTo(2);
    }

    @Test
    void connect_tokens_count_with_their_application_and_another_application_has_its_own_bucket() {
        start(0, 0, 2, TrustedProxies.NONE);
        String connectToken = server.tokens.issue(server.app.application().clientId(), TokenKind.CONNECT_TOKEN);
        NewApplication other = server.applications.create("other app");
        String otherKey = server.tokens.issue(other.application().clientId(), TokenKind.API_KEY);

        assertThat(get("/connectors/2", server.apiKey).statusCode()).isEqualTo(200);
        assertThat(get("/connectors/2", connectToken).statusCode()).isEqualTo(200);
        assertThat(get("/connectors/2", connectToken).statusCode()).isEqualTo(429);
        assertThat(get("/connectors/2", server.apiKey).statusCode()).isEqualTo(429);

        HttpResponse<String> others = get("/connectors/2", otherKey);
        assertThat(others.statusCode()).isEqualTo(200);
        assertThat(limitHeaders(others))
                .isEqualTo(Map.of("ratelimit-limit", "2", "ratelimit-remaining", "1", "ratelimit-reset", "30"));
    }

    @Test
    void auth_is_limited_per_address_even_with_the_right_secret_and_other_routes_go_on() {
        start(2, 0, 0, TrustedProxies.NONE);

        assertThat(auth(server.app).statusCode()).isEqualTo(200);
        HttpResponse<String> second = auth(server.app);
        // a large body the server never reads: the connection must still serve the next request
        HttpResponse<String> refused =
                server.postJson("/auth", "{\"clientId\":\"" + "x".repeat(60_000) + "\",\"clientSecret\":\"guess\"}");

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(limitHeaders(second))
                .isEqualTo(Map.of("ratelimit-limit", "2", "ratelimit-remaining", "0", "ratelimit-reset", "60"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo(TOO_MANY);
        assertThat(limitHeaders(refused)).containsEntry("retry-after", "30");
        assertThat(auth(server.app).statusCode()).isEqualTo(429);
        HttpResponse<String> connectors = server.get("/connectors/2");
        assertThat(connectors.statusCode()).isEqualTo(200);
        assertThat(limitHeaders(connectors)).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        assertThat(auth(server.app).statusCode()).isEqualTo(200);
        assertThat(server.server.overload().rateLimited(OverloadStats.Limit.AUTH))
                .isEqualTo(2);
    }

    @Test
    void forged_keys_are_counted_per_address_before_they_are_checked() {
        start(0, 3, 100, TrustedProxies.NONE);

        List<HttpResponse<String>> forged = List.of(
                get("/connectors/2", FORGED_KEY), get("/connectors", FORGED_KEY + "x"), get("/webhooks", "nonsense"));
        HttpResponse<String> refused = get("/connectors/2", server.apiKey);

        assertThat(forged).extracting(HttpResponse::statusCode).containsExactly(403, 403, 403);
        assertThat(forged)
                .extracting(response -> response.headers().firstValue("RateLimit-Remaining"))
                .containsExactly(Optional.of("2"), Optional.of("1"), Optional.of("0"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo(TOO_MANY);
        assertThat(limitHeaders(refused))
                .isEqualTo(Map.of(
                        "ratelimit-limit", "3",
                        "ratelimit-remaining", "0",
                        "ratelimit-reset", "60",
                        "retry-after", "20"));
        assertThat(server.server.overload().rateLimited(OverloadStats.Limit.ADDRESS))
                .isEqualTo(1);
        assertThat(server.server.overload().rateLimited(OverloadStats.Limit.CREDENTIAL))
                .isZero();
    }

    @Test
    void the_headers_report_the_limit_closest_to_refusing() {
        start(0, 5, 3, TrustedProxies.NONE);

        assertThat(limitHeaders(server.get("/connectors/2")))
                .isEqualTo(Map.of("ratelimit-limit", "3", "ratelimit-remaining", "2", "ratelimit-reset", "20"));
        assertThat(limitHeaders(get("/connectors/2", FORGED_KEY)))
                .isEqualTo(Map.of("ratelimit-limit", "5", "ratelimit-remaining", "3", "ratelimit-reset", "24"));
        assertThat(limitHeaders(get("/connectors/2", FORGED_KEY)))
                .isEqualTo(Map.of("ratelimit-limit", "5", "ratelimit-remaining", "2", "ratelimit-reset", "36"));
        assertThat(limitHeaders(server.get("/connectors/2")))
                .isEqualTo(Map.of("ratelimit-limit", "5", "ratelimit-remaining", "1", "ratelimit-reset", "48"));
    }

    @Test
    void x_forwarded_for_is_believed_only_from_a_trusted_proxy() {
        Function<String, HttpResponse<String>> from = address -> server.send(server.request("/connectors/2")
                .header("X-Forwarded-For", address)
                .build());
        start(0, 1, 0, TrustedProxies.NONE);

        assertThat(from.apply("198.51.100.1").statusCode()).isEqualTo(200);
        assertThat(from.apply("198.51.100.2").statusCode()).isEqualTo(429);
        server.close();

        start(0, 1, 0, TrustedProxies.parse("127.0.0.1, ::1"));
        assertThat(from.apply("198.51.100.1").statusCode()).isEqualTo(200);
        assertThat(from.apply("198.51.100.2").statusCode()).isEqualTo(200);
        assertThat(from.apply("198.51.100.1").statusCode()).isEqualTo(429);
        assertThat(from.apply("198.51.100.3, 198.51.100.2").statusCode()).isEqualTo(429);
        assertThat(server.get("/connectors/2").statusCode()).isEqualTo(200);
    }

    @Test
    void with_every_limit_off_no_rate_limit_header_is_sent() {
        start(0, 0, 0, TrustedProxies.NONE);

        for (int i = 0; i < 20; i++) {
            assertThat(limitHeaders(server.get("/connectors/2"))).isEmpty();
        }
        assertThat(limitHeaders(auth(server.app))).isEmpty();
    }

    @Test
    void by_default_auth_allows_pluggys_360_a_minute_and_a_credential_6000() {
        server = new TestServer(LimitSettings.defaults(2), clock);

        assertThat(limitHeaders(auth(server.app)))
                .isEqualTo(Map.of("ratelimit-limit", "360", "ratelimit-remaining", "359", "ratelimit-reset", "1"));
        assertThat(limitHeaders(server.get("/connectors/2")))
                .isEqualTo(Map.of("ratelimit-limit", "6000", "ratelimit-remaining", "5999", "ratelimit-reset", "1"));
        assertThat(limitHeaders(get("/connectors/2", FORGED_KEY)))
                .isEqualTo(Map.of("ratelimit-limit", "12000", "ratelimit-remaining", "11997", "ratelimit-reset", "1"));
    }
}

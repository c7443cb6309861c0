package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.http.overload.LimitSettings;
import dev.plugboard.http.overload.TrustedProxies;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rate limits and load shedding: keys, defaults, checks, and that the server obeys them. */
class LimitConfigTest {
    @TempDir
    Path dir;

    @Test
    void the_defaults_are_pluggys_auth_limit_and_caps_that_grow_with_the_cores() {
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).limits())
                .isEqualTo(LimitSettings.defaults(cores))
                .isEqualTo(new LimitSettings(360, 12_000, 6_000, 128 * cores, 32 * cores, TrustedProxies.NONE));
    }

    @Test
    void every_limit_is_read_from_a_file_or_the_environment_and_0_turns_it_off() throws IOException {
        Path file = dir.resolve("plugboard.properties");
        Files.writeString(file, """
                rate-limit-auth-per-minute=0
                rate-limit-address-per-minute=100
                rate-limit-credential-per-minute=50
                max-in-flight=10
                max-queued-work=0
                trusted-proxies=10.0.0.0/8, fd00::/8
                """);

        LimitSettings limits = ConfigLoader.load(Optional.of(file), Map.of("PLUGBOARD_MAX_QUEUED_WORK", "5"), Map.of())
                .limits();

        assertThat(limits).isEqualTo(new LimitSettings(0, 100, 50, 10, 5, TrustedProxies.parse("10.0.0.0/8,fd00::/8")));
        assertThat(limits.trustedProxies().toString()).isEqualTo("10.0.0.0/8, fd00::/8");
    }

    @Test
    void bad_limits_and_proxies_are_reported_together_naming_their_keys() {
        Map<String, String> env = Map.of(
                "PLUGBOARD_RATE_LIMIT_AUTH_PER_MINUTE", "-1",
                "PLUGBOARD_MAX_IN_FLIGHT", "lots",
                "PLUGBOARD_TRUSTED_PROXIES", "10.0.0.1, proxy.internal");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), env, Map.of()))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "rate-limit-auth-per-minute must be a whole number from 0 to 10000000,"
                                                + " got '-1'.",
                                        "max-in-flight must be a whole number from 0 to 1000000, got 'lots'.",
                                        "trusted-proxies: 'proxy.internal' is not an IP address or a network such"
                                                + " as 10.0.0.0/8 or fd00::/8."));
    }

    @Test
    void the_running_server_applies_the_configured_auth_limit() throws Exception {
        PlugboardConfig config = ConfigLoader.load(
                Optional.empty(),
                Map.of("PLUGBOARD_RATE_LIMIT_AUTH_PER_MINUTE", "1"),
                Map.of("port", "0", "data-dir", dir.toString()));
        HttpClient http = HttpClient.newHttpClient();
        try (Plugboard plugboard = Plugboard.start(config, Clock.systemUTC())) {
            var app = plugboard.defaultApplication().orElseThrow();
            HttpRequest auth = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plugboard.port() + "/auth"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"clientId\":\"" + app.application().clientId() + "\",\"clientSecret\":\""
                                    + app.clientSecret().reveal() + "\"}"))
                    .build();

            HttpResponse<String> first = http.send(auth, HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> second = http.send(auth, HttpResponse.BodyHandlers.ofString());

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("RateLimit-Limit")).contains("1");
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).contains("60");
            assertThat(second.body())
                    .isEqualTo("{\"message\":\"Too many requests. Please try again later (see Retry-After header in"
                            + " seconds)\",\"code\":429}");
        }
    }
}

package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.http.ServingSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tls-cert, tls-key, cors-allowed-origins, metrics-port, metrics-host, shutdown-grace-seconds. */
class ServingConfigTest {
    @TempDir
    Path dir;

    static PlugboardConfig load(Map<String, String> environment) {
        return ConfigLoader.load(Optional.empty(), environment, Map.of());
    }

    static List<String> problems(Map<String, String> environment) {
        try {
            load(environment);
        } catch (InvalidConfigurationException e) {
            return e.problems();
        }
        throw new AssertionError("no problem reported");
    }

    @Test
    void by_default_plain_http_no_cors_no_metrics_listener_and_ten_seconds_of_grace() {
        assertThat(load(Map.of()).serving()).isEqualTo(ServingSettings.DEFAULT);
        assertThat(ServingSettings.DEFAULT.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void every_key_is_read_from_the_environment() throws IOException {
        Path cert = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n");

        ServingSettings serving = load(Map.of(
                        "PLUGBOARD_TLS_CERT", cert.toString(),
                        "PLUGBOARD_TLS_KEY", key.toString(),
                        "PLUGBOARD_CORS_ALLOWED_ORIGINS", "https://app.example.com, http://localhost:3000",
                        "PLUGBOARD_METRICS_PORT", "9464",
                        "PLUGBOARD_METRICS_HOST", "0.0.0.0",
                        "PLUGBOARD_SHUTDOWN_GRACE_SECONDS", "30"))
                .serving();

        assertThat(serving)
                .isEqualTo(new ServingSettings(
                        Optional.of(new ServingSettings.TlsFiles(cert, key)),
                        List.of("https://app.example.com", "http://localhost:3000"),
                        Optional.of(new ServingSettings.MetricsEndpoint("0.0.0.0", 9464)),
                        Duration.ofSeconds(30)));
    }

    @Test
    void a_star_allows_every_origin_and_metrics_port_zero_picks_a_free_one() {
        ServingSettings serving = load(Map.of("PLUGBOARD_CORS_ALLOWED_ORIGINS", "*", "PLUGBOARD_METRICS_PORT", "0"))
                .serving();

        assertThat(serving.corsOrigins()).containsExactly("*");
        assertThat(serving.metrics()).contains(new ServingSettings.MetricsEndpoint("127.0.0.1", 0));
    }

    @Test
    void every_problem_is_reported_at_once_naming_its_key() {
        assertThat(problems(Map.of(
                        "PLUGBOARD_TLS_CERT", dir.resolve("missing.pem").toString(),
                        "PLUGBOARD_TLS_KEY", dir.resolve("missing-key.pem").toString(),
                        "PLUGBOARD_CORS_ALLOWED_ORIGINS", "https://app.example.com/path,ftp://x.example",
                        "PLUGBOARD_METRICS_PORT", "8080",
                        "PLUGBOARD_SHUTDOWN_GRACE_SECONDS", "301")))
                .containsExactly(
                        "tls-cert must name a readable PEM file, but " + dir.resolve("missing.pem")
                                + " does not exist or cannot be read.",
                        "tls-key must name a readable PEM file, but " + dir.resolve("missing-key.pem")
                                + " does not exist or cannot be read.",
                        "cors-allowed-origins must list origins such as https://app.example.com or"
                                + " http://localhost:3000 (scheme, host and optional port, no path), or *; got"
                                + " 'https://app.example.com/path'.",
                        "cors-allowed-origins must list origins such as https://app.example.com or"
                                + " http://localhost:3000 (scheme, host and optional port, no path), or *; got"
                                + " 'ftp://x.example'.",
                        "metrics-port must be a whole number from 0 to 65535 (0 picks a free port) other than port,"
                                + " got '8080'.",
                        "shutdown-grace-seconds must be a whole number from 0 to 300, got '301'.");
    }

    @Test
    void a_certificate_without_its_key_is_refused() throws IOException {
        Path cert = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n");

        assertThatThrownBy(() -> load(Map.of("PLUGBOARD_TLS_CERT", cert.toString())))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("tls-cert and tls-key go together: set both (PEM files of the"
                                        + " certificate chain and of its private key) to serve HTTPS, or neither to"
                                        + " serve plain HTTP."));
    }

    @Test
    void a_bad_metrics_port_or_empty_host_is_refused() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(), Map.of(), Map.of("metrics-port", "http", "metrics-host", " ")))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "metrics-host must not be empty; use 127.0.0.1 for this machine only or 0.0.0.0 for every"
                                                + " interface.",
                                        "metrics-port must be a whole number from 0 to 65535 (0 picks a free port) other than port,"
                                                + " got 'http'."));
    }
}

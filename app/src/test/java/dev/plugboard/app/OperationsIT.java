package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole application as operators configure it: probes, the metrics listener, CORS, the welcome. */
class OperationsIT {
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    HttpResponse<String> get(URI uri) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void a_configured_server_serves_probes_and_its_metrics_on_their_own_port() throws Exception {
        PlugboardConfig config = ConfigLoader.load(
                Optional.empty(),
                Map.of("PLUGBOARD_METRICS_PORT", "0", "PLUGBOARD_CORS_ALLOWED_ORIGINS", "https://app.example.com"),
                Map.of("port", "0", "data-dir", dataDir.toString()));
        try (Plugboard plugboard = Plugboard.start(config, Clock.systemUTC())) {
            ByteArrayOutputStream welcome = new ByteArrayOutputStream();
            plugboard.printWelcome(config, new PrintStream(welcome, true, StandardCharsets.UTF_8));
            int metricsPort = plugboard.metricsPort().orElseThrow();
            HttpResponse<String> ready = get(URI.create("http://127.0.0.1:" + plugboard.port() + "/health/ready"));
            HttpResponse<String> metrics = get(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"));
            HttpResponse<String> fromBrowser = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plugboard.port() + "/connectors"))
                            .header("Origin", "https://app.example.com")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(welcome.toString(StandardCharsets.UTF_8).lines())
                    .startsWith(
                            "Plugboard is listening on http://127.0.0.1:" + plugboard.port(),
                            "Metrics are served on http://127.0.0.1:" + metricsPort + "/metrics");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body())
                    .isEqualTo("{\"status\":\"UP\",\"checks\":{\"database\":{\"status\":\"UP\"},"
                            + "\"catalog\":{\"status\":\"UP\",\"version\":1,\"connectors\":66}}}");
            assertThat(fromBrowser.statusCode()).as("no key").isEqualTo(403);
            assertThat(fromBrowser.headers().firstValue("Access-Control-Allow-Origin"))
                    .as("the page may read the refusal")
                    .contains("https://app.example.com");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body().lines())
                    .contains(
                            "plugboard_catalog_connectors 66.0",
                            "plugboard_catalog_version 1.0",
                            "plugboard_connector_health{connector=\"201\"} 2.0",
                            "plugboard_executions_ingested_total{result=\"accepted\"} 0.0");
            assertThat(metrics.body())
                    .contains("jvm_memory_used_bytes{area=\"heap\"")
                    .contains("jvm_gc_")
                    .contains("process_uptime_seconds ");
        }
    }

    @Test
    void without_a_metrics_port_there_is_no_metrics_listener() {
        PlugboardConfig config =
                ConfigLoader.load(Optional.empty(), Map.of(), Map.of("port", "0", "data-dir", dataDir.toString()));
        try (Plugboard plugboard = Plugboard.start(config, Clock.systemUTC())) {
            assertThat(plugboard.metricsPort()).isEmpty();
        }
    }
}

package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.auth.Role;
import dev.plugboard.http.ops.PlugboardMetrics;
import dev.plugboard.http.overload.LimitSettings;
import dev.plugboard.http.overload.TrustedProxies;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} on the metrics listener: each of Plugboard's metrics, by its Prometheus name. */
class MetricsTest {
    TestServer server;
    OperatorSession ops;

    @BeforeEach
    void start() {
        server = new TestServer(
                ServingSettings.DEFAULT.withMetrics(new ServingSettings.MetricsEndpoint("127.0.0.1", 0)));
        ops = new OperatorSession(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> scrape() {
        return server.send(HttpRequest.newBuilder(server.metricsUri("/metrics")).build());
    }

    /** The scrape once it shows {@code line} (a request is counted just after its answer). */
    String scrapeShowing(String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String text = scrape().body();
        while (!text.lines().toList().contains(line) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            text = scrape().body();
        }
        return text;
    }

    @Test
    void requests_are_counted_by_method_route_and_status_with_a_latency_histogram() throws Exception {
        server.get("/connectors/2");
        server.get("/connectors/201.0");
        server.get("/connectors/99");

        String text = scrapeShowing(
                "plugboard_http_requests_seconds_count{method=\"GET\",route=\"/connectors/{id}\",status=\"404\"} 1");

        assertThat(text.lines())
                .contains(
                        "plugboard_http_requests_seconds_count{method=\"GET\",route=\"/connectors/{id}\",status=\"200\"} 2",
                        "plugboard_http_requests_seconds_count{method=\"GET\",route=\"/connectors/{id}\",status=\"404\"} 1",
                        "plugboard_http_requests_seconds_bucket{method=\"GET\",route=\"/connectors/{id}\",status=\"200\",le=\"+Inf\"} 2",
                        "plugboard_http_requests_seconds_bucket{method=\"GET\",route=\"/connectors/{id}\",status=\"200\",le=\"10.0\"} 2");
        assertThat(text.lines()
                        .filter(l -> l.startsWith("plugboard_http_requests_seconds_bucket{method=\"GET\","
                                + "route=\"/connectors/{id}\",status=\"200\"")))
                .as("13 buckets and +Inf")
                .hasSize(14);
    }

    @Test
    void the_answer_is_prometheus_text_and_only_on_the_metrics_port() {
        HttpResponse<String> scrape = scrape();
        HttpResponse<String> onApiPort = server.get("/metrics");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        assertThat(onApiPort.statusCode()).isEqualTo(404);
        assertThat(server.server.metricsPort().orElseThrow()).isNotEqualTo(server.server.port());
    }

    @Test
    void the_catalog_size_and_version_are_gauges() throws Exception {
        String text = scrape().body();
        assertThat(text.lines()).contains("plugboard_catalog_connectors 6.0", "plugboard_catalog_version 1.0");

        ops.put(990, OperatorSession.newConnector(990, "Banco Novo"), "If-None-Match", "*");

        assertThat(scrape().body().lines())
                .contains("plugboard_catalog_connectors 7.0", "plugboard_catalog_version 2.0");
    }

    @Test
    void each_connector_has_its_served_health_as_a_number_and_statuses_are_counted() throws Exception {
        assertThat(scrape().body().lines())
                .contains(
                        "plugboard_connector_health{connector=\"201\"} 2.0",
                        "plugboard_connectors{health=\"ONLINE\"} 6.0",
                        "plugboard_connectors{health=\"OFFLINE\"} 0.0");

        HttpResponse<String> override = ops.send(
                "PUT",
                "/admin/connectors/201/health/override",
                "application/json",
                "{\"status\":\"OFFLINE\",\"message\":\"maintenance\"}");
        assertThat(override.statusCode()).as(override.body()).isEqualTo(200);

        assertThat(scrape().body().lines())
                .contains(
                        "plugboard_connector_health{connector=\"201\"} 0.0",
                        "plugboard_connector_health{connector=\"211\"} 2.0",
                        "plugboard_connectors{health=\"ONLINE\"} 5.0",
                        "plugboard_connectors{health=\"OFFLINE\"} 1.0",
                        "plugboard_connectors{health=\"UNSTABLE\"} 0.0");
    }

    @Test
    void ingested_executions_are_counted_as_accepted_or_duplicate() throws Exception {
        assertThat(scrape().body().lines())
                .contains(
                        "plugboard_executions_ingested_total{result=\"accepted\"} 0.0",
                        "plugboard_executions_ingested_total{result=\"duplicate\"} 0.0");
        String ingestKey = ops.newKey("reporter", Role.INGEST);
        Instant finished = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        String batch = "[" + execution("00000000-0000-4000-8000-000000000001", finished) + ","
                + execution("00000000-0000-4000-8000-000000000002", finished) + "]";

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> posted = server.send(server.request("/executions")
                    .setHeader("X-API-KEY", ingestKey)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch))
                    .build());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        }

        assertThat(scrape().body().lines())
                .contains(
                        "plugboard_executions_ingested_total{result=\"accepted\"} 2.0",
                        "plugboard_executions_ingested_total{result=\"duplicate\"} 2.0");
    }

    private String execution(String id, Instant finished) {
        return "{\"id\":\"" + id + "\",\"connectorId\":201,\"clientId\":\""
                + server.app.application().clientId()
                + "\",\"status\":\"SUCCESS\",\"startedAt\":\"" + finished.minusSeconds(40) + "\",\"finishedAt\":\""
                + finished + "\"}";
    }

    @Test
    void rate_limit_rejections_are_counted_by_limit() throws InterruptedException {
        LimitSettings twoLogins = new LimitSettings(2, 0, 0, 0, 0, TrustedProxies.NONE);
        try (TestServer limited = new TestServer(
                twoLogins,
                ConnectionTimeouts.DEFAULT,
                ServingSettings.DEFAULT.withMetrics(new ServingSettings.MetricsEndpoint("127.0.0.1", 0)),
                java.time.Clock.systemUTC())) {
            String login = "{\"clientId\":\"" + limited.app.application().clientId() + "\",\"clientSecret\":\""
                    + limited.app.clientSecret().reveal() + "\"}";
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(limited.postJson("/auth", login).statusCode());
            }

            assertThat(statuses).containsExactly(200, 200, 429);
            String text = limited.send(HttpRequest.newBuilder(limited.metricsUri("/metrics"))
                            .build())
                    .body();
            assertThat(text.lines())
                    .contains(
                            "plugboard_rate_limit_rejections_total{limit=\"auth\"} 1.0",
                            "plugboard_rate_limit_rejections_total{limit=\"address\"} 0.0",
                            "plugboard_rate_limit_rejections_total{limit=\"credential\"} 0.0",
                            "plugboard_requests_shed_total{reason=\"in_flight\"} 0.0",
                            "plugboard_requests_shed_total{reason=\"queued_work\"} 0.0");
        }
    }

    @Test
    void jvm_and_process_metrics_are_there_when_bound() {
        try (PlugboardMetrics metrics = new PlugboardMetrics().withJvmMetrics()) {
            String text = metrics.scrape();

            assertThat(text)
                    .contains("jvm_memory_used_bytes{area=\"heap\"")
                    .contains("jvm_threads_live_threads ")
                    .contains("jvm_classes_loaded_classes ")
                    .contains("process_uptime_seconds ")
                    .contains("process_cpu_usage ");
        }
    }
}

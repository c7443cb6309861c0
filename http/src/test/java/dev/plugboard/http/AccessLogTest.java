package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** One JSON line per request on the {@code plugboard.access} logger, with exactly its fields. */
class AccessLogTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> FIELDS = List.of(
            "time", "requestId", "method", "path", "route", "status", "durationMs", "bytes", "client", "clientId");
    static final ListAppender<ILoggingEvent> LINES = new ListAppender<>();
    static Logger access;
    static TestServer server;

    @BeforeAll
    static void start() {
        access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
        access.setLevel(Level.INFO);
        LINES.start();
        access.addAppender(LINES);
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
        access.detachAppender(LINES);
        access.setLevel(null);
    }

    @BeforeEach
    void clear() {
        LINES.list.clear();
    }

    /** The lines logged once {@code count} requests have ended (the line follows the answer). */
    static List<JsonNode> lines(int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (LINES.list.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(LINES.list)) {
            assertThat(event.getFormattedMessage()).doesNotContain("\n");
            lines.add(JSON.readTree(event.getFormattedMessage()));
        }
        assertThat(lines).hasSize(count);
        return lines;
    }

    static List<String> fieldNames(JsonNode line) {
        List<String> names = new ArrayList<>();
        line.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void a_request_with_a_key_is_one_line_naming_its_route_status_size_and_caller() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        HttpResponse<String> response = server.send(server.request("/connectors/2?healthDetails=true")
                .header("X-Request-Id", "access-log-1")
                .build());

        JsonNode line = lines(1).get(0);
        assertThat(fieldNames(line)).isEqualTo(FIELDS);
        assertThat(Instant.parse(line.get("time").asText())).isBetween(before, Instant.now());
        assertThat(line.get("requestId").asText()).isEqualTo("access-log-1");
        assertThat(line.get("method").asText()).isEqualTo("GET");
        assertThat(line.get("path").asText()).as("no query string").isEqualTo("/connectors/2");
        assertThat(line.get("route").asText()).isEqualTo("/connectors/{id}");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("durationMs").isNumber()).isTrue();
        assertThat(line.get("durationMs").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(line.get("bytes").asLong()).isEqualTo(response.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(line.get("client").asText()).isEqualTo("127.0.0.1");
        assertThat(line.get("clientId").asText())
                .isEqualTo(server.app.application().clientId().toString());
    }

    @Test
    void a_refused_or_unknown_request_is_logged_too_with_a_generated_id_and_no_caller() throws Exception {
        HttpResponse<String> unknown =
                server.send(HttpRequest.newBuilder(server.uri("/nowhere")).build());
        lines(1);
        HttpResponse<String> forbidden =
                server.send(HttpRequest.newBuilder(server.uri("/connectors")).build());

        List<JsonNode> lines = lines(2);
        JsonNode first = lines.get(0);
        assertThat(first.get("route").asText()).isEqualTo("unmatched");
        assertThat(first.get("status").asInt()).isEqualTo(404);
        assertThat(first.get("requestId").asText())
                .isEqualTo(unknown.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(first.get("clientId").isNull()).isTrue();
        JsonNode second = lines.get(1);
        assertThat(second.get("route").asText()).isEqualTo("/connectors");
        assertThat(second.get("status").asInt()).isEqualTo(403);
        assertThat(second.get("requestId").asText())
                .isEqualTo(forbidden.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(second.get("clientId").isNull()).isTrue();
    }

    @Test
    void a_post_is_logged_by_route_without_its_body() throws Exception {
        server.postJson("/connectors/2/validate", "{\"user\":\"user-ok\",\"password\":\"do-not-log-me\"}");

        JsonNode line = lines(1).get(0);
        assertThat(line.get("method").asText()).isEqualTo("POST");
        assertThat(line.get("route").asText()).isEqualTo("/connectors/{id}/validate");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.toString()).doesNotContain("do-not-log-me").doesNotContain("user-ok");
    }
}

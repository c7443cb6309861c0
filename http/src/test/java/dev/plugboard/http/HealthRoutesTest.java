package dev.plugboard.http;

import static dev.plugboard.http.OperatorSession.message;
import static dev.plugboard.http.OperatorSession.problems;
import static dev.plugboard.http.OperatorSession.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.auth.Role;
import dev.plugboard.domain.health.TimeWindow;
import dev.plugboard.http.auth.TokenKind;
import dev.plugboard.http.wire.ApiError;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /executions}, the health it feeds ({@code healthDetails=true}), the history and the
 * operator's override, each on a fresh server. The background refresh is the app's; here each test
 * refreshes when it needs the served health to follow.
 */
class HealthRoutesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FORBIDDEN_FOR_INGEST = "{\"code\":403,\"codeDescription\":\"FORBIDDEN\",\"message\":\""
            + ApiError.FORBIDDEN_ROLE.message("ingest") + "\"}";
    static final String FORBIDDEN_FOR_ADMIN = "{\"code\":403,\"codeDescription\":\"FORBIDDEN\",\"message\":\""
            + ApiError.FORBIDDEN_ROLE.message("admin") + "\"}";
    static final String NOT_AUTHENTICATED = "{\"code\":403,\"message\":\"Missing or invalid authorization token\"}";

    TestServer server;
    OperatorSession ops;
    String ingestKey;
    int nextId;

    @BeforeEach
    void start() {
        server = new TestServer();
        ops = new OperatorSession(server);
        ingestKey = ops.newKey("reporter", Role.INGEST);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** {@code count} executions of one connector, finished a minute ago, of the test application. */
    ArrayNode executions(int connectorId, String status, int count) {
        return executions(connectorId, status, count, server.app.application().clientId());
    }

    ArrayNode executions(int connectorId, String status, int count, UUID client) {
        Instant finished = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MILLIS);
        ArrayNode batch = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            nextId++;
            batch.addObject()
                    .put("id", "00000000-0000-4000-8000-" + String.format("%012d", nextId))
                    .put("connectorId", connectorId)
                    .put("clientId", client.toString())
                    .put("status", status)
                    .put("startedAt", finished.minusSeconds(40).toString())
                    .put("finishedAt", finished.toString());
        }
        return batch;
    }

    HttpResponse<String> post(String key, JsonNode batch) {
        return server.send(server.request("/executions")
                .setHeader("X-API-KEY", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString(), StandardCharsets.UTF_8))
                .build());
    }

    void refresh() {
        server.health.board().publish(server.health.monitor().refresh(server.catalog.current()));
    }

    JsonNode health(int id) {
        HttpResponse<String> response = server.get("/connectors/" + id + "?healthDetails=true");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return tree(response).get("health");
    }

    @Test
    void an_ingest_operator_stores_a_batch_and_a_repeat_is_acknowledged_but_not_counted() {
        ArrayNode batch = executions(201, "SUCCESS", 3);

        HttpResponse<String> first = post(ingestKey, batch);
        HttpResponse<String> again = post(ingestKey, batch);
        ArrayNode overlapping = batch.deepCopy();
        overlapping.addAll(executions(201, "ERROR", 2));
        HttpResponse<String> third = post(ingestKey, overlapping);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"accepted\":3,\"duplicates\":0}");
        assertThat(again.body()).isEqualTo("{\"accepted\":0,\"duplicates\":3}");
        assertThat(third.body()).isEqualTo("{\"accepted\":2,\"duplicates\":3}");
        TimeWindow window = TimeWindow.endingAt(Instant.now(), TimeWindow.SIX_HOURS);
        assertThat(server.health.repository().totals(window).get(201).total()).isEqualTo(5);
    }

    @Test
    void an_admin_may_report_executions_too() {
        assertThat(post(ops.adminKey, executions(201, "SUCCESS", 1)).body())
                .isEqualTo("{\"accepted\":1,\"duplicates\":0}");
    }

    @Test
    void application_keys_and_connect_tokens_are_refused_naming_the_role() {
        String connectToken =
                tree(server.postJson("/connect_token", "{}")).get("accessToken").asText();

        HttpResponse<String> byApplication = post(server.apiKey, executions(201, "SUCCESS", 1));
        HttpResponse<String> byConnectToken = post(connectToken, executions(201, "SUCCESS", 1));
        HttpResponse<String> byNobody = post("not-a-key", executions(201, "SUCCESS", 1));

        assertThat(byApplication.statusCode()).isEqualTo(403);
        assertThat(byApplication.body()).isEqualTo(FORBIDDEN_FOR_INGEST);
        assertThat(byConnectToken.statusCode()).isEqualTo(403);
        assertThat(byConnectToken.body()).isEqualTo(FORBIDDEN_FOR_INGEST);
        assertThat(byNobody.body()).isEqualTo(NOT_AUTHENTICATED);
        TimeWindow window = TimeWindow.endingAt(Instant.now(), TimeWindow.SIX_HOURS);
        assertThat(server.health.repository().totals(window)).isEmpty();
    }

    @Test
    void one_bad_item_refuses_the_whole_batch_naming_each_problem_by_index() {
        ArrayNode batch = executions(201, "SUCCESS", 4);
        ((ObjectNode) batch.get(1)).put("status", "TIMEOUT");
        ((ObjectNode) batch.get(2)).put("connectorId", 999).remove("clientId");
        ((ObjectNode) batch.get(3)).put("id", batch.get(0).get("id").asText());

        HttpResponse<String> response = post(ingestKey, batch);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(tree(response).get("codeDescription").asText()).isEqualTo("INVALID_EXECUTIONS");
        assertThat(message(response)).isEqualTo(ApiError.INVALID_EXECUTIONS.message(3));
        JsonNode listed = tree(response).get("data").get("problems");
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).asText()).startsWith("[1]: ").contains("TIMEOUT");
        assertThat(listed.get(1).asText()).startsWith("[2]: ").contains("clientId");
        assertThat(listed.get(2).asText())
                .isEqualTo("[3]: id " + batch.get(0).get("id").asText() + " appears twice in the batch");
        TimeWindow window = TimeWindow.endingAt(Instant.now(), TimeWindow.SIX_HOURS);
        assertThat(server.health.repository().totals(window))
                .as("nothing of the batch")
                .isEmpty();
    }

    @Test
    void an_unknown_connector_is_named_with_its_index() {
        HttpResponse<String> response = post(ingestKey, executions(999, "SUCCESS", 1));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problems(response)).isEqualTo("[\"[0]: connectorId 999 is not in the catalog\"]");
    }

    @Test
    void a_batch_must_hold_one_to_a_thousand_executions() {
        HttpResponse<String> empty = post(ingestKey, JSON.createArrayNode());
        HttpResponse<String> tooMany = post(ingestKey, executions(201, "SUCCESS", 1001));

        String problem = "[\"body: must be a JSON array of 1 to 1000 executions\"]";
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(problems(empty)).isEqualTo(problem);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(problems(tooMany)).isEqualTo(problem);
        assertThat(post(ingestKey, executions(201, "SUCCESS", 1000)).body())
                .isEqualTo("{\"accepted\":1000,\"duplicates\":0}");
    }

    @Test
    void health_details_show_the_rate_of_every_client_and_the_count_of_the_caller() {
        post(ingestKey, executions(201, "SUCCESS", 12));
        post(ingestKey, executions(201, "CONNECTION_ERROR", 4));
        post(ingestKey, executions(201, "INVALID_CREDENTIALS", 2));
        post(ingestKey, executions(201, "SITE_NOT_AVAILABLE", 2, UUID.randomUUID()));
        refresh();

        JsonNode health = health(201);

        assertThat(health.get("status").asText()).isEqualTo("UNSTABLE");
        JsonNode details = health.get("details");
        assertThat(details.get("connectionRateLast6Hours").asDouble()).isEqualTo(70.0);
        assertThat(details.get("connectionsLast6Hours").asLong())
                .as("the caller's 18 of 20")
                .isEqualTo(18);
        assertThat(details.get("sampleSize").asLong()).isEqualTo(20);
        assertThat(details.get("failures").asLong()).isEqualTo(6);
        assertThat(details.get("outcomes").toString())
                .isEqualTo("{\"success\":12,\"institutionError\":6,\"platformError\":0,\"userError\":2}");
        assertThat(details.get("thresholds").toString())
                .isEqualTo("{\"onlineAt\":90.0,\"offlineBelow\":50.0,\"margin\":5.0,\"minimumSample\":20}");
        assertThat(details.has("error")).as("only with an override").isFalse();
    }

    @Test
    void without_health_details_the_connector_is_pluggys_shape_with_the_computed_status() {
        post(ingestKey, executions(201, "ERROR", 20));
        refresh();

        JsonNode health = tree(server.get("/connectors/201")).get("health");

        assertThat(health.toString()).isEqualTo("{\"status\":\"OFFLINE\",\"stage\":null}");
    }

    @Test
    void an_override_pins_the_status_with_its_message_until_cleared() {
        HttpResponse<String> set = ops.send(
                "PUT",
                "/admin/connectors/201/health/override",
                "application/json",
                "{\"status\":\"OFFLINE\",\"message\":\"Itaú maintenance until 06:00\"}");

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.body())
                .isEqualTo("{\"connectorId\":201,\"status\":\"OFFLINE\",\"message\":\"Itaú maintenance until"
                        + " 06:00\",\"until\":null}");
        JsonNode pinned = health(201);
        assertThat(pinned.get("status").asText()).isEqualTo("OFFLINE");
        assertThat(pinned.get("details").get("error").asText()).isEqualTo("Itaú maintenance until 06:00");

        HttpResponse<String> cleared =
                ops.send("DELETE", "/admin/connectors/201/health/override", "application/json", "");

        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(cleared.body()).isEqualTo("{\"connectorId\":201,\"status\":\"ONLINE\"}");
        assertThat(health(201).get("status").asText()).isEqualTo("ONLINE");
        JsonNode history = tree(server.get("/connectors/201/health/history"));
        assertThat(history.get("changes"))
                .extracting(change ->
                        change.get("reason").asText() + " " + change.get("to").asText())
                .containsExactly("OVERRIDE_SET OFFLINE", "OVERRIDE_CLEARED ONLINE");
        assertThat(history.get("incidents")).hasSize(1);
        assertThat(history.get("incidents").get(0).get("worst").asText()).isEqualTo("OFFLINE");
        assertThat(history.get("incidents").get(0).get("end").asText())
                .isEqualTo(history.get("changes").get(1).get("at").asText());
    }

    @Test
    void only_an_admin_sets_an_override_and_only_to_offline_or_unstable() {
        String body = "{\"status\":\"OFFLINE\",\"message\":\"maintenance\"}";
        HttpResponse<String> byIngest = server.send(server.request("/admin/connectors/201/health/override")
                .setHeader("X-API-KEY", ingestKey)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
        HttpResponse<String> online = ops.send(
                "PUT",
                "/admin/connectors/201/health/override",
                "application/json",
                "{\"status\":\"ONLINE\",\"message\":\"all good\"}");
        HttpResponse<String> past = ops.send(
                "PUT",
                "/admin/connectors/201/health/override",
                "application/json",
                "{\"status\":\"UNSTABLE\",\"message\":\"slow\",\"until\":\"2020-01-01T00:00:00Z\"}");

        assertThat(byIngest.statusCode()).isEqualTo(403);
        assertThat(byIngest.body()).isEqualTo(FORBIDDEN_FOR_ADMIN);
        assertThat(online.statusCode()).isEqualTo(400);
        assertThat(message(online)).isEqualTo("Field 'status' must be OFFLINE or UNSTABLE.");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(message(past)).isEqualTo("Field 'until' must be an ISO-8601 time in the future.");
        assertThat(health(201).get("status").asText()).isEqualTo("ONLINE");
    }

    @Test
    void history_shows_computed_changes_and_the_series_and_refuses_a_bad_range() {
        post(ingestKey, executions(201, "CONNECTION_ERROR", 20));
        refresh();

        JsonNode history = tree(server.get("/connectors/201/health/history?resolution=1h"));

        assertThat(history.get("connectorId").asInt()).isEqualTo(201);
        assertThat(history.get("status").asText()).isEqualTo("OFFLINE");
        assertThat(history.get("resolution").asText()).isEqualTo("PT1H");
        assertThat(history.get("changes")).hasSize(1);
        JsonNode change = history.get("changes").get(0);
        assertThat(change.get("from").asText() + ">" + change.get("to").asText())
                .isEqualTo("ONLINE>OFFLINE");
        assertThat(change.get("reason").asText()).isEqualTo("COMPUTED");
        assertThat(change.get("rate").asDouble()).isEqualTo(0.0);
        assertThat(change.get("sample").asLong()).isEqualTo(20);
        long total = 0;
        for (JsonNode point : history.get("series")) {
            total += point.get("total").asLong();
        }
        assertThat(total).isEqualTo(20);

        HttpResponse<String> backwards =
                server.get("/connectors/201/health/history?from=2026-12-04T12:00:00Z&to=2026-12-04T11:00:00Z");
        HttpResponse<String> badResolution = server.get("/connectors/201/health/history?resolution=2m");
        HttpResponse<String> unknown = server.get("/connectors/999/health/history");

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(message(backwards))
                .isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message(
                        "from", "2026-12-04T12:00:00.000Z", "from must be before to, and at most 90 days before it."));
        assertThat(badResolution.statusCode()).isEqualTo(400);
        assertThat(message(badResolution))
                .isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message(
                        "resolution", "2m", "expected one of 1m, 5m, 15m, 1h, 6h, 1d."));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void a_key_of_any_role_reads_the_history_but_a_missing_one_does_not() {
        HttpResponse<String> anonymous =
                server.send(HttpRequest.newBuilder(server.uri("/connectors/201/health/history"))
                        .GET()
                        .build());

        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(anonymous.body()).isEqualTo(NOT_AUTHENTICATED);
        assertThat(server.send(server.request("/connectors/201/health/history")
                                .setHeader(
                                        "X-API-KEY",
                                        server.tokens.issue(
                                                server.app.application().clientId(), TokenKind.CONNECT_TOKEN))
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(200);
    }
}

package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plugboard.domain.auth.Role;
import dev.plugboard.http.PlugboardSchemas.Operation;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Real answers of the running server, one for every operation and status the document lists,
 * checked against the document: the status is documented for that operation, the content type is
 * one of its media types, a JSON body validates against its schema (formats included), and every
 * header documented for it is sent and valid. The last test checks that every documented
 * operation and status was answered, but for the 500s of operations that never touch storage
 * (their only way to fail is a bug; their 500 is the same error mapper's, checked here on the
 * others).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiConformanceTest {
    /** Operations answered from memory: nothing outside the code can make them fail. */
    static final Set<String> NO_PROVOKABLE_500 = Set.of(
            "connect-token-create 500",
            "connectors-list 500",
            "connector-retrieve 500",
            "connectors-validate 500",
            "openapi-json 500",
            "openapi-yaml 500",
            "docs-page 500",
            "docs-asset 500");

    static final Set<String> ANSWERED = new TreeSet<>();
    static TestServer server;
    static OperatorSession ops;
    static String ingestKey;
    /** A server whose storage fails: every operation that reads or writes it answers 500. */
    static TestServer broken;

    static OperatorSession brokenOps;
    static String brokenIngestKey;

    @BeforeAll
    static void start() {
        server = new TestServer();
        ops = new OperatorSession(server);
        ingestKey = ops.newKey("reporter", Role.INGEST);
        broken = new TestServer();
        brokenOps = new OperatorSession(broken);
        brokenIngestKey = brokenOps.newKey("reporter", Role.INGEST);
        broken.store.failing = true;
        broken.database.close();
    }

    @AfterAll
    static void stop() {
        server.close();
        broken.close();
    }

    /** Checks a real answer against what the document says of {@code operationId} and its status. */
    static HttpResponse<String> conforms(String operationId, int status, HttpResponse<String> response) {
        String where = operationId + " " + status + ": " + response.body();
        assertThat(response.statusCode()).as(where).isEqualTo(status);
        Operation op = PlugboardSchemas.operation(operationId);
        JsonNode documented = op.responses().get(String.valueOf(status));
        assertThat(documented).as(where + " is documented").isNotNull();
        documented.path("headers").fields().forEachRemaining(header -> {
            String value = response.headers().firstValue(header.getKey()).orElse(null);
            assertThat(value).as(where + " header " + header.getKey()).isNotNull();
            JsonNode schema = PlugboardSchemas.resolve(header.getValue()).path("schema");
            assertThat(schema.isMissingNode()).isFalse();
            String pointer = headerSchemaPointer(op, String.valueOf(status), header.getKey());
            assertThat(PlugboardSchemas.errors(pointer, TextNode.valueOf(value)))
                    .as(where + " " + value)
                    .isEmpty();
        });
        if (!documented.has("content")) {
            assertThat(response.body()).as(where).isEmpty();
        } else {
            String mediaType = response.headers()
                    .firstValue("Content-Type")
                    .orElse("")
                    .split(";")[0]
                    .strip();
            assertThat(documented.path("content").has(mediaType))
                    .as(where + " media type " + mediaType)
                    .isTrue();
            if (mediaType.endsWith("json")) {
                String pointer = op.schemaPointer(String.valueOf(status), mediaType);
                assertThat(PlugboardSchemas.errors(pointer, PlugboardSchemas.parse(response.body())))
                        .as(where)
                        .isEmpty();
            }
        }
        ANSWERED.add(operationId + " " + status);
        return response;
    }

    private static String headerSchemaPointer(Operation op, String status, String header) {
        String base = op.schemaPointer(status, "x").replace("/content/x/schema", "");
        JsonNode node = PlugboardSchemas.document().at(base + "/headers/" + PlugboardSchemas.escape(header));
        return node.has("$ref")
                ? node.get("$ref").asText().substring(1) + "/schema"
                : base + "/headers/" + header + "/schema";
    }

    static HttpResponse<String> send(
            TestServer to, String method, String path, String key, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(to.uri(path));
        if (key != null) {
            request.header("X-API-KEY", key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return to.send(request.build());
    }

    static HttpResponse<String> get(String path, String key, String... headers) {
        return send(server, "GET", path, key, null, headers);
    }

    static String oversized(int limit) {
        return "[\"" + "a".repeat(limit) + "\"]";
    }

    static String authBody(TestServer on, String secret) {
        return "{\"clientId\":\"" + on.app.application().clientId() + "\",\"clientSecret\":\"" + secret + "\"}";
    }

    static String execution(TestServer on) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return "[{\"id\":\"" + UUID.randomUUID() + "\",\"connectorId\":201,\"clientId\":\""
                + on.app.application().clientId() + "\",\"status\":\"CONNECTION_ERROR\",\"startedAt\":\""
                + now.minusSeconds(40) + "\",\"finishedAt\":\"" + now + "\",\"products\":{\"ACCOUNTS\":\"ERROR\"}}]";
    }

    @Test
    @Order(1)
    void auth_and_connect_tokens() {
        String key = server.apiKey;
        String big = "{\"clientId\":\"" + "a".repeat(70_000) + "\"}";
        conforms(
                "auth-create",
                200,
                send(
                        server,
                        "POST",
                        "/auth",
                        null,
                        authBody(server, server.app.clientSecret().reveal())));
        conforms("auth-create", 400, send(server, "POST", "/auth", null, "{\"clientId\":\"x\"}"));
        conforms("auth-create", 401, send(server, "POST", "/auth", null, authBody(server, "wrong")));
        conforms("auth-create", 413, send(server, "POST", "/auth", null, big));
        conforms("auth-create", 500, send(broken, "POST", "/auth", null, authBody(broken, "any")));
        conforms("connect-token-create", 200, send(server, "POST", "/connect_token", key, "{}"));
        conforms("connect-token-create", 400, send(server, "POST", "/connect_token", key, "{\"itemId\":\"nope\"}"));
        conforms("connect-token-create", 403, send(server, "POST", "/connect_token", ops.adminKey, "{}"));
        conforms(
                "connect-token-create",
                404,
                send(server, "POST", "/connect_token", key, "{\"itemId\":\"" + UUID.randomUUID() + "\"}"));
        conforms("connect-token-create", 413, send(server, "POST", "/connect_token", key, big));
    }

    @Test
    @Order(2)
    void connectors() {
        String key = server.apiKey;
        conforms("connectors-list", 200, get("/connectors?sandbox=true&healthDetails=true", key));
        conforms("connectors-list", 200, get("/connectors?page=1&pageSize=2", key));
        conforms("connectors-list", 400, get("/connectors?sandbox=maybe", key));
        conforms("connectors-list", 403, get("/connectors", null));
        conforms("connector-retrieve", 200, get("/connectors/2", key));
        conforms("connector-retrieve", 400, get("/connectors/abc", key));
        conforms("connector-retrieve", 403, get("/connectors/2", "forged"));
        conforms("connector-retrieve", 404, get("/connectors/99999", key));
        String valid = "{\"user\":\"user-ok\",\"password\":\"password-ok\"}";
        conforms("connectors-validate", 200, send(server, "POST", "/connectors/2/validate", key, valid));
        conforms("connectors-validate", 200, send(server, "POST", "/connectors/201/validate", key, "{\"agency\":1}"));
        conforms("connectors-validate", 400, send(server, "POST", "/connectors/2/validate", key, "{\"user\":"));
        conforms("connectors-validate", 403, send(server, "POST", "/connectors/2/validate", null, valid));
        conforms("connectors-validate", 404, send(server, "POST", "/connectors/99999/validate", key, valid));
        conforms(
                "connectors-validate",
                413,
                send(server, "POST", "/connectors/2/validate", key, "{\"user\":\"" + "a".repeat(70_000) + "\"}"));
    }

    @Test
    @Order(3)
    void health() {
        conforms("executions-report", 200, send(server, "POST", "/executions", ingestKey, execution(server)));
        conforms("executions-report", 400, send(server, "POST", "/executions", ingestKey, "[{\"id\":\"x\"}]"));
        conforms("executions-report", 403, send(server, "POST", "/executions", server.apiKey, execution(server)));
        conforms(
                "executions-report",
                413,
                send(server, "POST", "/executions", ingestKey, oversized(Routes.MAX_CATALOG_BYTES)));
        conforms("executions-report", 500, send(broken, "POST", "/executions", brokenIngestKey, execution(broken)));
        conforms(
                "admin-health-override-set",
                200,
                send(
                        server,
                        "PUT",
                        "/admin/connectors/201/health/override",
                        ops.adminKey,
                        "{\"status\":\"OFFLINE\",\"message\":\"Maintenance\",\"until\":\""
                                + Instant.now().plusSeconds(3600) + "\"}"));
        String history = "/connectors/201/health/history";
        JsonNode answered = PlugboardSchemas.parse(
                conforms("connector-health-history", 200, get(history + "?resolution=1m", server.apiKey))
                        .body());
        assertThat(answered.path("changes").size())
                .as("the override shows in the history")
                .isEqualTo(1);
        conforms("connector-health-history", 400, get(history + "?resolution=2m", server.apiKey));
        conforms("connector-health-history", 403, get(history, null));
        conforms("connector-health-history", 404, get("/connectors/99999/health/history", server.apiKey));
        conforms("connector-health-history", 500, send(broken, "GET", history, broken.apiKey, null));
        String override = "/admin/connectors/201/health/override";
        conforms(
                "admin-health-override-set",
                400,
                send(server, "PUT", override, ops.adminKey, "{\"status\":\"ONLINE\"}"));
        conforms("admin-health-override-set", 403, send(server, "PUT", override, ingestKey, "{}"));
        conforms(
                "admin-health-override-set",
                404,
                send(
                        server,
                        "PUT",
                        "/admin/connectors/99999/health/override",
                        ops.adminKey,
                        "{\"status\":\"OFFLINE\",\"message\":\"m\"}"));
        conforms(
                "admin-health-override-set",
                413,
                send(server, "PUT", override, ops.adminKey, "{\"message\":\"" + "a".repeat(70_000) + "\"}"));
        conforms(
                "admin-health-override-set",
                500,
                send(broken, "PUT", override, brokenOps.adminKey, "{\"status\":\"OFFLINE\",\"message\":\"m\"}"));
        conforms("admin-health-override-clear", 200, send(server, "DELETE", override, ops.adminKey, null));
        conforms(
                "admin-health-override-clear",
                400,
                send(server, "DELETE", "/admin/connectors/abc/health/override", ops.adminKey, null));
        conforms("admin-health-override-clear", 403, send(server, "DELETE", override, server.apiKey, null));
        conforms(
                "admin-health-override-clear",
                404,
                send(server, "DELETE", "/admin/connectors/99999/health/override", ops.adminKey, null));
        conforms("admin-health-override-clear", 500, send(broken, "DELETE", override, brokenOps.adminKey, null));
    }

    @Test
    @Order(4)
    void webhooks() {
        String key = server.apiKey;
        String create = "{\"event\":\"connector/status_updated\",\"url\":\"https://receiver.example/hooks/1\","
                + "\"headers\":{\"Authorization\":\"Bearer t\"}}";
        String id = PlugboardSchemas.parse(
                        conforms("webhooks-create", 201, send(server, "POST", "/webhooks", key, create))
                                .body())
                .path("id")
                .asText();
        String other = PlugboardSchemas.parse(send(
                                server,
                                "POST",
                                "/webhooks",
                                key,
                                "{\"event\":\"connector/status_updated\",\"url\":\"https://receiver.example/2\"}")
                        .body())
                .path("id")
                .asText();
        String unknown = "/webhooks/" + UUID.randomUUID();
        conforms("webhooks-create", 400, send(server, "POST", "/webhooks", key, "{\"event\":\"item/exploded\"}"));
        conforms("webhooks-create", 403, send(server, "POST", "/webhooks", ops.adminKey, create));
        conforms(
                "webhooks-create",
                413,
                send(server, "POST", "/webhooks", key, "{\"url\":\"" + "a".repeat(70_000) + "\"}"));
        conforms("webhooks-create", 500, send(broken, "POST", "/webhooks", broken.apiKey, create));
        conforms("webhooks-list", 200, get("/webhooks", key));
        conforms("webhooks-list", 403, get("/webhooks", null));
        conforms("webhooks-list", 500, send(broken, "GET", "/webhooks", broken.apiKey, null));
        conforms("webhooks-retrieve", 200, get("/webhooks/" + id, key));
        conforms("webhooks-retrieve", 403, get("/webhooks/" + id, ingestKey));
        conforms("webhooks-retrieve", 404, get(unknown, key));
        conforms("webhooks-retrieve", 500, send(broken, "GET", unknown, broken.apiKey, null));
        conforms("webhooks-update", 200, send(server, "PATCH", "/webhooks/" + id, key, "{\"enabled\":false}"));
        conforms("webhooks-update", 400, send(server, "PATCH", "/webhooks/" + id, key, "{\"enabled\":\"no\"}"));
        conforms("webhooks-update", 403, send(server, "PATCH", "/webhooks/" + id, null, "{}"));
        conforms("webhooks-update", 404, send(server, "PATCH", unknown, key, "{}"));
        conforms(
                "webhooks-update",
                413,
                send(server, "PATCH", "/webhooks/" + id, key, "{\"url\":\"" + "a".repeat(70_000) + "\"}"));
        conforms("webhooks-update", 500, send(broken, "PATCH", unknown, broken.apiKey, "{}"));
        conforms("webhooks-delete", 200, send(server, "DELETE", "/webhooks/" + other, key, null));
        conforms("webhooks-delete", 403, send(server, "DELETE", "/webhooks/" + other, null, null));
        conforms("webhooks-delete", 404, send(server, "DELETE", "/webhooks/" + other, key, null));
        conforms("webhooks-delete", 500, send(broken, "DELETE", unknown, broken.apiKey, null));
    }

    @Test
    @Order(5)
    void administration() {
        String admin = ops.adminKey;
        String created = OperatorSession.newConnector(801, "Banco Novo").toString();
        String retired = OperatorSession.newConnector(802, "Banco Velho").toString();
        conforms("admin-connector-put", 201, send(server, "PUT", "/admin/connectors/801", admin, created));
        conforms(
                "admin-connector-put",
                200,
                send(
                        server,
                        "PUT",
                        "/admin/connectors/801",
                        admin,
                        created.replace("Banco Novo", "Banco Novo S.A."),
                        "If-Match",
                        "\"r1\""));
        conforms("admin-connector-put", 400, send(server, "PUT", "/admin/connectors/803", admin, "{\"name\":\"\"}"));
        conforms("admin-connector-put", 403, send(server, "PUT", "/admin/connectors/803", server.apiKey, created));
        send(server, "PUT", "/admin/connectors/802", admin, retired);
        conforms(
                "admin-connector-disable",
                200,
                send(server, "DELETE", "/admin/connectors/802", admin, null, "If-Match", "\"r1\""));
        conforms("admin-connector-put", 409, send(server, "PUT", "/admin/connectors/802", admin, retired));
        conforms(
                "admin-connector-put",
                412,
                send(server, "PUT", "/admin/connectors/801", admin, created, "If-Match", "\"r99\""));
        conforms(
                "admin-connector-put",
                413,
                send(server, "PUT", "/admin/connectors/803", admin, "{\"name\":\"" + "a".repeat(70_000) + "\"}"));
        conforms("admin-connector-put", 428, send(server, "PUT", "/admin/connectors/801", admin, created));
        conforms("admin-connector-put", 500, send(broken, "PUT", "/admin/connectors/801", brokenOps.adminKey, created));
        conforms("admin-connector-retrieve", 200, get("/admin/connectors/801", admin));
        conforms("admin-connector-retrieve", 400, get("/admin/connectors/abc", admin));
        conforms("admin-connector-retrieve", 403, get("/admin/connectors/801", server.apiKey));
        conforms("admin-connector-retrieve", 404, get("/admin/connectors/99999", admin));
        conforms(
                "admin-connector-retrieve",
                500,
                send(broken, "GET", "/admin/connectors/201", brokenOps.adminKey, null));
        String patch = "/admin/connectors/201";
        conforms(
                "admin-connector-patch",
                200,
                send(server, "PATCH", patch, admin, "{\"name\":\"Itaú Unibanco\"}", "If-Match", "*"));
        conforms(
                "admin-connector-patch",
                400,
                send(server, "PATCH", patch, admin, "{\"products\":[\"SAVINGS\"]}", "If-Match", "*"));
        conforms("admin-connector-patch", 403, send(server, "PATCH", patch, null, "{}"));
        conforms(
                "admin-connector-patch",
                404,
                send(server, "PATCH", "/admin/connectors/99999", admin, "{}", "If-Match", "*"));
        conforms(
                "admin-connector-patch",
                409,
                send(server, "PATCH", "/admin/connectors/802", admin, "{}", "If-Match", "*"));
        conforms(
                "admin-connector-patch",
                412,
                send(server, "PATCH", patch, admin, "{\"name\":\"X\"}", "If-Match", "\"r1\""));
        conforms(
                "admin-connector-patch",
                413,
                send(server, "PATCH", patch, admin, "{\"name\":\"" + "a".repeat(70_000) + "\"}"));
        conforms("admin-connector-patch", 428, send(server, "PATCH", patch, admin, "{\"name\":\"X\"}"));
        conforms("admin-connector-patch", 500, send(broken, "PATCH", patch, brokenOps.adminKey, "{}", "If-Match", "*"));
        conforms("admin-connector-disable", 400, send(server, "DELETE", "/admin/connectors/abc", admin, null));
        conforms("admin-connector-disable", 403, send(server, "DELETE", "/admin/connectors/801", ingestKey, null));
        conforms(
                "admin-connector-disable",
                404,
                send(server, "DELETE", "/admin/connectors/99999", admin, null, "If-Match", "*"));
        conforms(
                "admin-connector-disable",
                409,
                send(server, "DELETE", "/admin/connectors/802", admin, null, "If-Match", "*"));
        conforms(
                "admin-connector-disable",
                412,
                send(server, "DELETE", "/admin/connectors/801", admin, null, "If-Match", "\"r1\""));
        conforms("admin-connector-disable", 428, send(server, "DELETE", "/admin/connectors/801", admin, null));
        conforms(
                "admin-connector-disable",
                500,
                send(broken, "DELETE", "/admin/connectors/201", brokenOps.adminKey, null, "If-Match", "*"));
        conforms("admin-connectors-list", 200, get("/admin/connectors", admin));
        conforms("admin-connectors-list", 403, get("/admin/connectors", ingestKey));
        conforms("admin-connectors-list", 500, send(broken, "GET", "/admin/connectors", brokenOps.adminKey, null));
        String exported = conforms("admin-catalog-export", 200, get("/admin/catalog/export", admin))
                .body();
        conforms("admin-catalog-export", 403, get("/admin/catalog/export", null));
        conforms("admin-catalog-export", 500, send(broken, "GET", "/admin/catalog/export", brokenOps.adminKey, null));
        String importPath = "/admin/catalog/import?dryRun=true";
        conforms("admin-catalog-import", 200, send(server, "POST", importPath, admin, exported));
        conforms("admin-catalog-import", 400, send(server, "POST", importPath, admin, "[{\"id\":1}]"));
        conforms("admin-catalog-import", 403, send(server, "POST", importPath, server.apiKey, exported));
        conforms("admin-catalog-import", 409, send(server, "POST", importPath, admin, "[" + retired + "]"));
        conforms(
                "admin-catalog-import",
                413,
                send(server, "POST", importPath, admin, oversized(Routes.MAX_CATALOG_BYTES)));
        conforms("admin-catalog-import", 500, send(broken, "POST", importPath, brokenOps.adminKey, exported));
        conforms("admin-audit-list", 200, get("/admin/audit?limit=50", admin));
        conforms("admin-audit-list", 400, get("/admin/audit?limit=0", admin));
        conforms("admin-audit-list", 403, get("/admin/audit", server.apiKey));
        conforms("admin-audit-list", 500, send(broken, "GET", "/admin/audit", brokenOps.adminKey, null));
    }

    @Test
    @Order(6)
    void the_api_description() {
        conforms("openapi-json", 200, get("/openapi.json", null));
        conforms("openapi-yaml", 200, get("/openapi.yaml", null));
        conforms("docs-page", 200, get("/docs", null));
        String etag = conforms("docs-asset", 200, get("/docs/docs.js", null))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        conforms("docs-asset", 200, get("/docs/favicon.png", null));
        conforms("docs-asset", 304, get("/docs/docs.js", null, "If-None-Match", etag));
        conforms("docs-asset", 404, get("/docs/nothing.js", null));
    }

    @Test
    @Order(7)
    void every_documented_operation_and_status_was_answered() {
        List<String> documented = new ArrayList<>();
        for (Operation op : PlugboardSchemas.operations()) {
            op.responses().keySet().forEach(status -> documented.add(op.id() + " " + status));
        }
        Set<String> expected = new TreeSet<>(documented);
        expected.removeAll(NO_PROVOKABLE_500);

        assertThat(documented).containsAll(NO_PROVOKABLE_500);
        assertThat(ANSWERED).isEqualTo(expected);
        assertThat(Map.of("answered", ANSWERED.size())).isEqualTo(Map.of("answered", expected.size()));
    }
}

package dev.plugboard.http;

import static dev.plugboard.http.OperatorSession.JSON;
import static dev.plugboard.http.OperatorSession.message;
import static dev.plugboard.http.OperatorSession.newConnector;
import static dev.plugboard.http.OperatorSession.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.auth.Role;
import dev.plugboard.http.auth.TokenKind;
import dev.plugboard.http.wire.ApiError;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /admin/audit} after one history, made once for the class: 701 created (catalog
 * version 2), replaced (3), patched (4) and disabled (5), then an import renaming 201 (6).
 */
class AdminAuditRoutesTest {
    static TestServer server;
    static OperatorSession ops;
    static String createdAt;
    static String replacedAt;
    static String patchedAt;
    static String disabledAt;
    static String importedAt;

    @BeforeAll
    static void makeHistory() {
        server = new TestServer();
        ops = new OperatorSession(server);
        createdAt = updatedAt(ops.put(701, newConnector(701, "Banco Novo")));
        replacedAt = updatedAt(ops.put(701, newConnector(701, "Banco Novo S.A."), "If-Match", "\"r1\""));
        patchedAt = updatedAt(ops.patch(701, "{\"name\":\"Banco Novo Digital\"}", "If-Match", "\"r2\""));
        disabledAt = updatedAt(ops.delete(701, "If-Match", "\"r3\""));
        ArrayNode catalog = ops.export();
        ((ObjectNode) catalog.get(2)).put("name", "Itaú Unibanco");
        ops.importCatalog("", catalog);
        importedAt = ops.connector(201).get("updatedAt").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String updatedAt(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new AssertionError(response.body());
        }
        return tree(response).get("updatedAt").asText();
    }

    private static String entry(long version, int connectorId, String at, String action, String diff) {
        return "{\"version\":" + version + ",\"connectorId\":" + connectorId + ",\"at\":\"" + at + "\",\"action\":\""
                + action + "\",\"actor\":{\"id\":\"" + ops.operatorId() + "\",\"name\":\"ops\"},\"diff\":" + diff
                + "}";
    }

    private static List<Long> versions(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Long> versions = new ArrayList<>();
        tree(response).get("results").forEach(e -> versions.add(e.get("version").asLong()));
        return versions;
    }

    @Test
    void the_audit_log_lists_every_change_newest_first_with_who_when_what_and_the_diff() {
        JsonNode results = tree(ops.get("/admin/audit")).get("results");

        assertThat(results).hasSize(5);
        assertThat(results.get(0).toString())
                .isEqualTo(
                        entry(6, 201, importedAt, "import", "{\"name\":{\"from\":\"Itaú\",\"to\":\"Itaú Unibanco\"}}"));
        assertThat(results.get(1).toString())
                .isEqualTo(entry(5, 701, disabledAt, "disable", "{\"enabled\":{\"from\":true,\"to\":false}}"));
        assertThat(results.get(2).toString())
                .isEqualTo(entry(
                        4,
                        701,
                        patchedAt,
                        "patch",
                        "{\"name\":{\"from\":\"Banco Novo S.A.\",\"to\":\"Banco Novo Digital\"}}"));
        assertThat(results.get(3).toString())
                .isEqualTo(entry(
                        3,
                        701,
                        replacedAt,
                        "replace",
                        "{\"name\":{\"from\":\"Banco Novo\",\"to\":\"Banco Novo S.A.\"}}"));
    }

    @Test
    void a_creation_is_audited_with_every_field_coming_from_null() {
        JsonNode created = tree(ops.get("/admin/audit")).get("results").get(4);
        List<String> fields = new ArrayList<>();
        created.get("diff").fieldNames().forEachRemaining(fields::add);

        assertThat(created.get("version").asLong()).isEqualTo(2);
        assertThat(created.get("action").asText()).isEqualTo("create");
        assertThat(created.get("at").asText()).isEqualTo(createdAt);
        assertThat(created.get("actor").toString()).isEqualTo("{\"id\":\"" + ops.operatorId() + "\",\"name\":\"ops\"}");
        assertThat(fields)
                .containsExactly(
                        "id",
                        "name",
                        "primaryColor",
                        "institutionUrl",
                        "country",
                        "type",
                        "credentials",
                        "imageUrl",
                        "hasMFA",
                        "oauth",
                        "resetPasswordUrl",
                        "health",
                        "products",
                        "createdAt",
                        "isSandbox",
                        "isOpenFinance",
                        "supportsPaymentInitiation",
                        "supportsScheduledPayments",
                        "supportsSmartTransfers",
                        "supportsBoletoManagement",
                        "supportsAutomaticPix");
        assertThat(created.get("diff").get("name").toString()).isEqualTo("{\"from\":null,\"to\":\"Banco Novo\"}");
        assertThat(created.get("diff").get("createdAt").toString())
                .isEqualTo("{\"from\":null,\"to\":\"" + createdAt + "\"}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "connectorId=201 | 6",
                "connectorId=701 | 5,4,3,2",
                "connectorId=609 | ''",
                "before=4 | 3,2",
                "before=1 | ''",
                "limit=2 | 6,5",
                "connectorId=701&before=5&limit=1 | 4",
                "limit=500 | 6,5,4,3,2"
            })
    void the_audit_log_filters_by_connector_pages_backwards_by_version_and_limits(String query, String expected) {
        List<Long> expectedVersions = expected.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(expected.split(","))
                        .map(Long::valueOf)
                        .toList();

        assertThat(versions(ops.get("/admin/audit?" + query))).containsExactlyElementsOf(expectedVersions);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "limit | 0 | expected a whole number from 1 to 500.",
                "limit | 501 | expected a whole number from 1 to 500.",
                "limit | ten | expected a whole number from 1 to 500.",
                "before | 0 | expected a whole number from 1 to 9223372036854775807.",
                "before | -3 | expected a whole number from 1 to 9223372036854775807.",
                "before | 99999999999999999999 | expected a whole number from 1 to 9223372036854775807."
            })
    void a_bad_audit_query_value_is_a_400_naming_the_parameter(String parameter, String value, String reason) {
        HttpResponse<String> response = ops.get("/admin/audit?" + parameter + "=" + value);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(tree(response).get("codeDescription").asText()).isEqualTo("INVALID_QUERY_PARAMETER");
        assertThat(message(response)).isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message(parameter, value, reason));
    }

    @Test
    void a_bad_connector_id_filter_is_a_400_naming_the_parameter() {
        HttpResponse<String> response = ops.get("/admin/audit?connectorId=abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(tree(response).get("codeDescription").asText()).isEqualTo("INVALID_QUERY_PARAMETER");
        assertThat(message(response)).startsWith("Query parameter 'connectorId' has an invalid value 'abc': ");
    }

    @Test
    void an_import_is_audited_as_one_catalog_version_with_an_entry_per_connector_and_the_operator_who_ran_it() {
        try (TestServer fresh = new TestServer()) {
            OperatorSession alice = new OperatorSession(fresh);
            ArrayNode catalog = JSON.createArrayNode();
            alice.export().forEach(c -> {
                if (c.get("id").asInt() != 609) {
                    catalog.add(c);
                }
            });
            catalog.add(newConnector(701, "Banco Novo"));
            alice.importCatalog("", catalog);

            JsonNode results = tree(alice.get("/admin/audit")).get("results");

            assertThat(results).hasSize(2);
            assertThat(results.get(0).get("connectorId").asInt()).isEqualTo(701);
            assertThat(results.get(1).toString())
                    .isEqualTo("{\"version\":2,\"connectorId\":609,\"at\":\""
                            + alice.connector(609).get("updatedAt").asText() + "\",\"action\":\"import\",\"actor\":{"
                            + "\"id\":\"" + alice.operatorId() + "\",\"name\":\"ops\"},"
                            + "\"diff\":{\"enabled\":{\"from\":true,\"to\":false}}}");
            assertThat(results.get(0).get("version").asLong()).isEqualTo(2);
            assertThat(results.get(0).get("action").asText()).isEqualTo("import");
        }
    }

    @Test
    void the_actor_is_the_operator_whose_key_made_the_change() {
        try (TestServer fresh = new TestServer()) {
            OperatorSession ops = new OperatorSession(fresh);
            var bob = fresh.applications.create("bob", Role.ADMIN);
            String bobKey = fresh.tokens.issue(bob.application().clientId(), Role.ADMIN, TokenKind.API_KEY);
            fresh.send(ops.request("/admin/connectors/201")
                    .setHeader("X-API-KEY", bobKey)
                    .header("If-Match", "\"r1\"")
                    .header("Content-Type", "application/merge-patch+json")
                    .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Itaú S.A.\"}"))
                    .build());

            JsonNode actor = tree(ops.get("/admin/audit")).get("results").get(0).get("actor");

            assertThat(actor.toString())
                    .isEqualTo("{\"id\":\"" + bob.application().clientId() + "\",\"name\":\"bob\"}");
        }
    }
}

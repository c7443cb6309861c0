package dev.plugboard.http;

import static dev.plugboard.http.OperatorSession.JSON;
import static dev.plugboard.http.OperatorSession.message;
import static dev.plugboard.http.OperatorSession.newConnector;
import static dev.plugboard.http.OperatorSession.pluggyJson;
import static dev.plugboard.http.OperatorSession.problems;
import static dev.plugboard.http.OperatorSession.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.http.wire.ApiError;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /admin/catalog/import} and {@code GET /admin/catalog/export}, each on a fresh catalog. */
class AdminImportRoutesTest {
    TestServer server;
    OperatorSession ops;

    @BeforeEach
    void start() {
        server = new TestServer();
        ops = new OperatorSession(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The served catalog with 201 renamed, 609 left out and 701 added. */
    private ArrayNode edited() {
        ArrayNode catalog = JSON.createArrayNode();
        for (JsonNode connector : ops.export()) {
            int id = connector.get("id").asInt();
            if (id == 201) {
                catalog.add(((ObjectNode) connector).put("name", "Itaú Unibanco"));
            } else if (id != 609) {
                catalog.add(connector);
            }
        }
        return catalog.add(newConnector(701, "Banco Novo"));
    }

    private List<Integer> publicIds() {
        List<Integer> ids = new ArrayList<>();
        tree(server.get("/connectors?sandbox=true"))
                .get("results")
                .forEach(c -> ids.add(c.get("id").asInt()));
        return ids;
    }

    @Test
    void export_answers_exactly_the_enabled_connectors_in_the_format_import_takes() {
        ops.delete(609, "If-Match", "\"r1\"");

        HttpResponse<String> export = ops.get("/admin/catalog/export");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body())
                .isEqualTo(HttpFixtures.catalog().stream()
                        .filter(c -> c.id() != 609)
                        .map(OperatorSession::pluggyJson)
                        .collect(Collectors.joining(",", "[", "]")));
    }

    @Test
    void reimporting_the_export_is_a_plan_where_everything_is_unchanged_and_nothing_is_applied() {
        String auditBefore = ops.get("/admin/audit").body();

        HttpResponse<String> response = ops.importCatalog("", ops.export());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"dryRun\":false,\"version\":null,\"added\":[],\"changed\":{},\"disabled\":[],"
                        + "\"unchanged\":6}");
        assertThat(ops.get("/admin/audit").body()).isEqualTo(auditBefore);
    }

    @Test
    void a_dry_run_answers_the_plan_and_changes_nothing() {
        String before = ops.get("/admin/connectors").body();

        HttpResponse<String> response = ops.importCatalog("?dryRun=true", edited());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"dryRun\":true,\"version\":null,\"added\":[701],\"changed\":{\"201\":[\"name\"]},"
                        + "\"disabled\":[609],\"unchanged\":4}");
        assertThat(ops.get("/admin/connectors").body()).isEqualTo(before);
        assertThat(ops.get("/admin/audit").body()).isEqualTo("{\"results\":[]}");
        assertThat(publicIds()).containsExactly(0, 2, 201, 211, 601, 609);
    }

    @Test
    void a_plan_names_every_changed_field_in_document_order() {
        ArrayNode catalog = ops.export();
        ((ObjectNode) catalog.get(2))
                .put("name", "Itaú Unibanco")
                .put("primaryColor", "FF6200")
                .putArray("products")
                .add("ACCOUNTS");

        HttpResponse<String> response = ops.importCatalog("?dryRun=true", catalog);

        assertThat(tree(response).get("changed").toString())
                .isEqualTo("{\"201\":[\"name\",\"primaryColor\",\"products\"]}");
    }

    @Test
    void an_import_applies_the_whole_plan_at_once_and_the_public_api_serves_it() {
        HttpResponse<String> response = ops.importCatalog("", edited());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"dryRun\":false,\"version\":2,\"added\":[701],\"changed\":{\"201\":[\"name\"]},"
                        + "\"disabled\":[609],\"unchanged\":4}");
        assertThat(publicIds()).containsExactly(0, 2, 201, 211, 601, 701);
        assertThat(tree(ops.publicConnector(201)).get("name").asText()).isEqualTo("Itaú Unibanco");
        assertThat(ops.publicConnector(609).statusCode()).isEqualTo(404);
        assertThat(ops.connector(609).get("enabled").asBoolean()).isFalse();
        assertThat(ops.connector(201).get("revision").asLong()).isEqualTo(2);
        assertThat(ops.connector(211).get("revision").asLong()).isEqualTo(1);
        assertThat(ops.publicConnector(211).body()).isEqualTo(pluggyJson(HttpFixtures.bancoDoBrasil()));
    }

    @Test
    void an_import_with_one_invalid_connector_lists_its_problems_by_index_and_applies_nothing() {
        ArrayNode catalog = edited();
        ((ObjectNode) catalog.get(1)).put("primaryColor", "#fff").put("institutionUrl", "mailto:x@example.com");
        ((ObjectNode) catalog.get(5)).remove("name");
        String before = ops.get("/admin/connectors").body();

        HttpResponse<String> response = ops.importCatalog("", catalog);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(tree(response).get("codeDescription").asText()).isEqualTo("INVALID_CATALOG");
        assertThat(message(response)).isEqualTo(ApiError.INVALID_CATALOG.message(3));
        assertThat(problems(response))
                .isEqualTo("[\"[1].institutionUrl: must be an absolute http or https URL, such as"
                        + " https://www.itau.com.br\",\"[1].primaryColor: must be six hex digits without '#'\","
                        + "\"[5].name: is required\"]");
        assertThat(ops.get("/admin/connectors").body()).isEqualTo(before);
        assertThat(publicIds()).containsExactly(0, 2, 201, 211, 601, 609);
    }

    @Test
    void an_import_with_a_pattern_plugboard_refuses_names_the_connector_index_and_the_field() {
        ArrayNode catalog = ops.export();
        ((ObjectNode) catalog.get(2).get("credentials").get(0)).put("validation", "(?=x)");

        HttpResponse<String> response = ops.importCatalog("", catalog);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problems(response))
                .isEqualTo("[\"[2].credentials[0].validation: pattern (?=x) is"
                        + " refused: uses a lookahead (?=…), which cannot run in linear time\"]");
    }

    @Test
    void an_import_with_duplicate_ids_is_refused_naming_both_places() {
        ArrayNode catalog = ops.export();
        catalog.add(newConnector(201, "Itaú de novo"));

        HttpResponse<String> response = ops.importCatalog("?dryRun=true", catalog);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problems(response)).isEqualTo("[\"[6].id: 201 appears already at [2]\"]");
    }

    @Test
    void an_import_that_brings_back_a_disabled_id_is_a_409_and_applies_nothing() {
        ArrayNode original = ops.export();
        ops.delete(609, "If-Match", "\"r1\"");
        ((ObjectNode) original.get(2)).put("name", "Itaú Unibanco");

        HttpResponse<String> dryRun = ops.importCatalog("?dryRun=true", original);
        HttpResponse<String> applied = ops.importCatalog("", original);

        for (HttpResponse<String> response : List.of(dryRun, applied)) {
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(message(response)).isEqualTo(ApiError.CONNECTOR_ID_RETIRED.message(609));
        }
        assertThat(tree(ops.publicConnector(201)).get("name").asText()).isEqualTo("Itaú");
    }

    @Test
    void an_import_that_is_not_an_array_is_refused() {
        HttpResponse<String> response = ops.importCatalog("", newConnector(701, "Banco Novo"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problems(response)).isEqualTo("[\"a catalog must be a JSON array of connectors\"]");
    }

    @Test
    void a_dry_run_flag_that_is_not_true_or_false_is_refused() {
        HttpResponse<String> response = ops.importCatalog("?dryRun=yes", ops.export());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response))
                .isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message("dryRun", "yes", "expected true or false."));
    }

    @Test
    void an_empty_import_disables_every_connector() {
        HttpResponse<String> response = ops.importCatalog("", JSON.createArrayNode());

        assertThat(response.body())
                .isEqualTo("{\"dryRun\":false,\"version\":2,\"added\":[],\"changed\":{},"
                        + "\"disabled\":[0,2,201,211,601,609],\"unchanged\":0}");
        assertThat(publicIds()).isEmpty();
        assertThat(ops.get("/admin/catalog/export").body()).isEqualTo("[]");
    }

    @Test
    void an_import_may_be_far_larger_than_the_body_limit_of_other_routes() {
        ArrayNode catalog = ops.export();
        for (int id = 1000; id < 1400; id++) {
            catalog.add(newConnector(id, "Banco " + id));
        }
        assertThat(catalog.toString().length()).isGreaterThan(2 * HttpSettings.DEFAULT_MAX_BODY_BYTES);

        HttpResponse<String> response = ops.importCatalog("?dryRun=true", catalog);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(tree(response).get("added")).hasSize(400);
    }

    /** A JSON array a little over the largest catalog an import takes. */
    private static String oversizedCatalog() {
        String padding = "x".repeat(1024);
        StringBuilder body = new StringBuilder("[");
        while (body.length() <= Routes.MAX_CATALOG_BYTES) {
            body.append("\"").append(padding).append("\",");
        }
        return body.append("1]").toString();
    }

    @Test
    void an_import_over_the_catalog_limit_is_a_413_naming_that_limit() {
        HttpResponse<String> response =
                ops.send("POST", "/admin/catalog/import?dryRun=true", "application/json", oversizedCatalog());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(message(response)).isEqualTo(ApiError.PAYLOAD_TOO_LARGE.message(Routes.MAX_CATALOG_BYTES));
    }
}

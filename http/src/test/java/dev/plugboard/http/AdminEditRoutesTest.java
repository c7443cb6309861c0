package dev.plugboard.http;

import static dev.plugboard.http.OperatorSession.adminJson;
import static dev.plugboard.http.OperatorSession.bancoNovo;
import static dev.plugboard.http.OperatorSession.message;
import static dev.plugboard.http.OperatorSession.newConnector;
import static dev.plugboard.http.OperatorSession.pluggyJson;
import static dev.plugboard.http.OperatorSession.problems;
import static dev.plugboard.http.OperatorSession.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.http.wire.ApiError;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code PUT}, {@code PATCH} and {@code DELETE /admin/connectors/{id}}, each on a fresh catalog. */
class AdminEditRoutesTest {
    static final String PRECONDITION_FAILED = "PRECONDITION_FAILED";
    static final String REFUSED_LOOKAHEAD = "credentials[0].validation: pattern (?=x)"
            + " is refused: uses a lookahead (?=…), which cannot run in linear time";
    static final String DUPLICATE_CPF = "credentials[1].name: 'cpf' appears already at credentials[0]";
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

    private static String codeDescription(HttpResponse<String> response) {
        return tree(response).get("codeDescription").asText();
    }

    private static Instant updatedAt(HttpResponse<String> response) {
        return Instant.parse(tree(response).get("updatedAt").asText());
    }

    /** The stored connector as an operator edits it: without enabled and revision. */
    private ObjectNode editable(int id) {
        ObjectNode connector = ops.connector(id);
        connector.remove(List.of("enabled", "revision"));
        return connector;
    }

    @Test
    void put_creates_a_connector_that_the_public_api_serves_at_once_with_the_servers_times() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        HttpResponse<String> created =
                ops.put(701, newConnector(701, "Banco Novo").put("updatedAt", "2001-01-01T00:00:00Z"));

        Instant after = Instant.now();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).contains("\"r1\"");
        Instant now = updatedAt(created);
        assertThat(now).isBetween(before, after);
        assertThat(created.body()).isEqualTo(adminJson(bancoNovo(701, "Banco Novo", now, now), true, 1));
        HttpResponse<String> served = ops.publicConnector(701);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(pluggyJson(bancoNovo(701, "Banco Novo", now, now)));
    }

    @Test
    void put_create_keeps_the_created_at_the_body_brings() {
        HttpResponse<String> created =
                ops.put(701, newConnector(701, "Banco Novo").put("createdAt", "2019-05-01T12:00:00.000Z"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(tree(created).get("createdAt").asText()).isEqualTo("2019-05-01T12:00:00.000Z");
    }

    @Test
    void put_create_takes_a_body_without_an_id() {
        ObjectNode body = newConnector(701, "Banco Novo");
        body.remove("id");

        HttpResponse<String> created = ops.put(701, body);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(tree(created).get("id").asInt()).isEqualTo(701);
    }

    @Test
    void put_replace_without_if_match_is_a_428_and_changes_nothing() {
        HttpResponse<String> response = ops.put(211, editable(211).put("name", "BB"));

        assertThat(response.statusCode()).isEqualTo(428);
        assertThat(codeDescription(response)).isEqualTo("PRECONDITION_REQUIRED");
        assertThat(message(response)).isEqualTo(ApiError.PRECONDITION_REQUIRED.message(211, 211));
        assertThat(ops.get("/admin/connectors/211").body()).isEqualTo(adminJson(HttpFixtures.bancoDoBrasil(), true, 1));
    }

    @Test
    void put_replace_based_on_a_stale_revision_is_a_412_and_changes_nothing() {
        ObjectNode readByBoth = editable(211);
        HttpResponse<String> first = ops.put(211, readByBoth.deepCopy().put("name", "BB"), "If-Match", "\"r1\"");

        HttpResponse<String> second =
                ops.put(211, readByBoth.deepCopy().put("name", "Banco do Brasil S.A."), "If-Match", "\"r1\"");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(412);
        assertThat(codeDescription(second)).isEqualTo(PRECONDITION_FAILED);
        assertThat(message(second)).isEqualTo(ApiError.STALE_REVISION.message(211));
        assertThat(ops.get("/admin/connectors/211").body())
                .isEqualTo(adminJson(
                        HttpFixtures.bancoDoBrasil()
                                .withName("BB")
                                .withTimes(HttpFixtures.bancoDoBrasil().createdAt(), updatedAt(first)),
                        true,
                        2));
    }

    @Test
    void put_replace_with_the_current_revision_keeps_created_at_and_moves_updated_at() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode body = editable(211)
                .put("name", "BB")
                .put("createdAt", "2000-01-01T00:00:00.000Z")
                .put("updatedAt", "2000-01-01T00:00:00.000Z");

        HttpResponse<String> replaced = ops.put(211, body, "If-Match", "\"r1\"");

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.headers().firstValue("ETag")).contains("\"r2\"");
        Instant now = updatedAt(replaced);
        assertThat(now).isBetween(before, Instant.now());
        Connector expected = HttpFixtures.bancoDoBrasil()
                .withName("BB")
                .withTimes(HttpFixtures.bancoDoBrasil().createdAt(), now);
        assertThat(replaced.body()).isEqualTo(adminJson(expected, true, 2));
        assertThat(ops.publicConnector(211).body()).isEqualTo(pluggyJson(expected));
    }

    @Test
    void put_accepts_if_match_star_and_a_weak_etag_for_the_current_revision() {
        HttpResponse<String> star = ops.put(211, editable(211).put("name", "BB"), "If-Match", "*");
        HttpResponse<String> weak = ops.put(211, editable(211).put("name", "BB2"), "If-Match", "W/\"r2\"");

        assertThat(star.statusCode()).isEqualTo(200);
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.headers().firstValue("ETag")).contains("\"r3\"");
    }

    @Test
    void put_with_if_none_match_star_creates_but_never_replaces() {
        HttpResponse<String> onExisting = ops.put(211, editable(211).put("name", "BB"), "If-None-Match", "*");
        HttpResponse<String> onNew = ops.put(701, newConnector(701, "Banco Novo"), "If-None-Match", "*");

        assertThat(onExisting.statusCode()).isEqualTo(412);
        assertThat(message(onExisting)).isEqualTo(ApiError.STALE_REVISION.message(211));
        assertThat(ops.connector(211).get("name").asText()).isEqualTo("Banco do Brasil");
        assertThat(onNew.statusCode()).isEqualTo(201);
    }

    @Test
    void put_with_an_if_match_on_an_id_that_does_not_exist_is_a_412() {
        HttpResponse<String> response = ops.put(701, newConnector(701, "Banco Novo"), "If-Match", "\"r1\"");

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(ops.get("/admin/connectors/701").statusCode()).isEqualTo(404);
    }

    @Test
    void put_refuses_a_body_whose_id_is_not_the_path_id() {
        HttpResponse<String> response = ops.put(201, newConnector(701, "Banco Novo"), "If-Match", "\"r1\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(codeDescription(response)).isEqualTo("INVALID_CONNECTOR");
        assertThat(message(response)).isEqualTo(ApiError.INVALID_CONNECTOR.message(1));
        assertThat(problems(response)).isEqualTo("[\"id: must be 201, the id in the path, or left out\"]");
        assertThat(ops.connector(201).get("name").asText()).isEqualTo("Itaú");
    }

    @Test
    void put_lists_every_problem_of_the_document_naming_each_field_and_stores_nothing() {
        ObjectNode body = newConnector(701, "Banco Novo")
                .put("primaryColor", "#0A7B8")
                .put("institutionUrl", "ftp://banco-novo.example")
                .put("nickname", "novo");
        body.withArray("products").add("SAVINGS");
        body.withArray("credentials").addObject().put("label", "CPF").put("name", "cpf");

        HttpResponse<String> response = ops.put(701, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(ApiError.INVALID_CONNECTOR.message(5));
        assertThat(problems(response))
                .isEqualTo("[\"nickname: is not a field of this object\","
                        + "\"institutionUrl: must be an absolute http or https URL, such as https://www.itau.com.br\","
                        + "\"primaryColor: must be six hex digits without '#'\","
                        + "\"credentials[1].type: is required\","
                        + "\"products[2]: 'SAVINGS' is not one of " + productNames() + "\"]");
        assertThat(ops.get("/admin/connectors/701").statusCode()).isEqualTo(404);
    }

    private static String productNames() {
        return String.join(
                ", ", java.util.Arrays.stream(Product.values()).map(Enum::name).toList());
    }

    @Test
    void put_refuses_a_pattern_plugboard_cannot_run_naming_the_credential() {
        ObjectNode body = newConnector(701, "Banco Novo");
        ((ObjectNode) body.withArray("credentials").get(0)).put("validation", "(?=x)");

        HttpResponse<String> response = ops.put(701, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problems(response)).isEqualTo("[\"" + REFUSED_LOOKAHEAD + "\"]");
        assertThat(ops.get("/admin/connectors/701").statusCode()).isEqualTo(404);
    }

    @Test
    void put_refuses_two_credentials_with_one_name() {
        ObjectNode body = newConnector(701, "Banco Novo");
        body.withArray("credentials")
                .addObject()
                .put("label", "CPF again")
                .put("name", "cpf")
                .put("type", "text");

        HttpResponse<String> response = ops.put(701, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problems(response)).isEqualTo("[\"" + DUPLICATE_CPF + "\"]");
        assertThat(ops.get("/admin/connectors/701").statusCode()).isEqualTo(404);
    }

    @Test
    void put_lists_a_refused_pattern_and_duplicate_credential_names_beside_the_other_problems() {
        ObjectNode body =
                newConnector(701, "Banco Novo").put("primaryColor", "#0A7B8").put("imageUrl", "file:///etc/logo.svg");
        body.withArray("products").add("SAVINGS");
        ((ObjectNode) body.withArray("credentials").get(0)).put("validation", "(?=x)");
        body.withArray("credentials")
                .addObject()
                .put("label", "CPF again")
                .put("name", "cpf")
                .put("type", "text");

        HttpResponse<String> response = ops.put(701, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(tree(response).get("data").get("problems"))
                .extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactlyInAnyOrder(
                        "imageUrl: must be an absolute http or https URL, such as https://www.itau.com.br",
                        "primaryColor: must be six hex digits without '#'",
                        "products[2]: 'SAVINGS' is not one of " + productNames(),
                        REFUSED_LOOKAHEAD,
                        DUPLICATE_CPF);
    }

    @Test
    void put_names_the_field_of_every_problem_the_connector_itself_checks() {
        HttpResponse<String> response =
                ops.put(701, newConnector(701, "Banco Novo").put("name", "  ").put("country", "br"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(tree(response).get("data").get("problems"))
                .extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactly(
                        "name: must not be blank",
                        "country: must be two capital letters (ISO 3166-1 alpha-2), such as BR: 'br'");
    }

    @Test
    void put_of_the_stored_document_unchanged_changes_nothing() {
        HttpResponse<String> response = ops.put(211, editable(211), "If-Match", "\"r1\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"r1\"");
        assertThat(ops.get("/admin/audit").body()).isEqualTo("{\"results\":[]}");
    }

    @Test
    void put_takes_back_what_get_answered_with_enabled_and_revision() {
        ObjectNode fetched = ops.connector(211).put("name", "BB");

        HttpResponse<String> response = ops.put(211, fetched, "If-Match", "\"r1\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(tree(response).get("name").asText()).isEqualTo("BB");
        assertThat(tree(response).get("revision").asLong()).isEqualTo(2);
    }

    @Test
    void put_refuses_enabled_false_pointing_to_delete() {
        HttpResponse<String> response = ops.put(211, ops.connector(211).put("enabled", false), "If-Match", "\"r1\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problems(response))
                .isEqualTo("[\"enabled: may only be true here; DELETE /admin/connectors/211 disables it\"]");
        assertThat(ops.get("/admin/connectors/211").body()).isEqualTo(adminJson(HttpFixtures.bancoDoBrasil(), true, 1));
    }

    @Test
    void if_match_may_list_several_tags_and_one_current_is_enough() {
        HttpResponse<String> response =
                ops.put(211, editable(211).put("name", "BB"), "If-Match", "\"r7\", W/\"r1\", \"x\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"r2\"");
    }

    @Test
    void if_match_listing_only_other_revisions_is_a_412() {
        HttpResponse<String> response = ops.put(211, editable(211).put("name", "BB"), "If-Match", "\"r2\", \"r3\"");

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(codeDescription(response)).isEqualTo(PRECONDITION_FAILED);
    }

    @Test
    void a_body_id_written_as_a_decimal_of_the_path_id_is_the_same_id() {
        ObjectNode body = newConnector(701, "Banco Novo").put("id", 701.0);

        HttpResponse<String> created = ops.put(701, body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(tree(created).get("id").asInt()).isEqualTo(701);
    }

    @Test
    void a_patch_that_changes_nothing_keeps_the_revision_and_records_nothing() {
        HttpResponse<String> response = ops.patch(211, "{\"name\":\"Banco do Brasil\"}", "If-Match", "\"r1\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"r1\"");
        assertThat(ops.get("/admin/audit").body()).isEqualTo("{\"results\":[]}");
    }
}

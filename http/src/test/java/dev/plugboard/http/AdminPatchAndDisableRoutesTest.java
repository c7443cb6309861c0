package dev.plugboard.http;

import static dev.plugboard.http.OperatorSession.adminJson;
import static dev.plugboard.http.OperatorSession.bancoNovo;
import static dev.plugboard.http.OperatorSession.message;
import static dev.plugboard.http.OperatorSession.newConnector;
import static dev.plugboard.http.OperatorSession.pluggyJson;
import static dev.plugboard.http.OperatorSession.problems;
import static dev.plugboard.http.OperatorSession.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.connector.Connector;
import dev.plugboard.http.wire.ApiError;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code PATCH} and {@code DELETE /admin/connectors/{id}}, each on a fresh catalog. */
class AdminPatchAndDisableRoutesTest {
    static final String CONNECTOR_NOT_FOUND =
            "{\"code\":404,\"codeDescription\":\"CONNECTOR_NOT_FOUND\",\"message\":\"connector not found\"}";
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

    private static Instant updatedAt(HttpResponse<String> response) {
        return Instant.parse(tree(response).get("updatedAt").asText());
    }

    private List<Integer> publicIds() {
        List<Integer> ids = new ArrayList<>();
        tree(server.get("/connectors?sandbox=true"))
                .get("results")
                .forEach(c -> ids.add(c.get("id").asInt()));
        return ids;
    }

    @Test
    void patch_renames_a_connector_and_the_public_api_serves_it_at_once() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        HttpResponse<String> patched = ops.patch(201, "{\"name\":\"Itaú Unibanco\"}", "If-Match", "\"r1\"");

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(patched.headers().firstValue("ETag")).contains("\"r2\"");
        Instant now = updatedAt(patched);
        assertThat(now).isBetween(before, Instant.now());
        Connector expected = HttpFixtures.itauDirect()
                .withName("Itaú Unibanco")
                .withTimes(HttpFixtures.itauDirect().createdAt(), now);
        assertThat(patched.body()).isEqualTo(adminJson(expected, true, 2));
        assertThat(ops.publicConnector(201).body()).isEqualTo(pluggyJson(expected));
    }

    @Test
    void patch_removes_an_optional_field_set_to_null() {
        HttpResponse<String> created = ops.put(701, newConnector(701, "Banco Novo"));
        Instant createdAt = updatedAt(created);

        HttpResponse<String> patched = ops.patch(701, "{\"resetPasswordUrl\":null}", "If-Match", "\"r1\"");

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        String expected = pluggyJson(bancoNovo(701, "Banco Novo", createdAt, updatedAt(patched)))
                .replace("\"resetPasswordUrl\":\"https://banco-novo.example/senha\",", "");
        assertThat(ops.publicConnector(701).body()).isEqualTo(expected);
    }

    @Test
    void patch_replaces_an_array_whole() {
        HttpResponse<String> patched = ops.patch(
                201,
                "{\"products\":[\"ACCOUNTS\"],\"credentials\":[{\"label\":\"CPF\",\"name\":\"cpf\",\"type\":\"number\"}]}",
                "If-Match",
                "\"r1\"");

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        var served = tree(ops.publicConnector(201));
        assertThat(served.get("products").toString()).isEqualTo("[\"ACCOUNTS\"]");
        assertThat(served.get("credentials").toString())
                .isEqualTo("[{\"label\":\"CPF\",\"name\":\"cpf\",\"type\":\"number\",\"optional\":false}]");
        assertThat(served.get("name").asText()).isEqualTo("Itaú");
    }

    @Test
    void patch_without_if_match_is_a_428_and_with_a_stale_one_a_412_and_neither_changes_anything() {
        HttpResponse<String> missing = ops.patch(201, "{\"name\":\"A\"}");
        ops.patch(201, "{\"name\":\"B\"}", "If-Match", "\"r1\"");
        HttpResponse<String> stale = ops.patch(201, "{\"name\":\"C\"}", "If-Match", "\"r1\"");

        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(message(missing)).isEqualTo(ApiError.PRECONDITION_REQUIRED.message(201, 201));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(message(stale)).isEqualTo(ApiError.STALE_REVISION.message(201));
        assertThat(ops.connector(201).get("name").asText()).isEqualTo("B");
        assertThat(ops.connector(201).get("revision").asLong()).isEqualTo(2);
    }

    @Test
    void patch_cannot_change_or_remove_the_id() {
        HttpResponse<String> changed = ops.patch(201, "{\"id\":202}", "If-Match", "\"r1\"");
        HttpResponse<String> removed = ops.patch(201, "{\"id\":null}", "If-Match", "\"r1\"");

        assertThat(changed.statusCode()).isEqualTo(400);
        assertThat(message(changed)).isEqualTo(ApiError.INVALID_CONNECTOR.message(1));
        assertThat(problems(changed)).isEqualTo("[\"id: cannot be changed (201)\"]");
        assertThat(removed.statusCode()).isEqualTo(400);
        assertThat(problems(removed)).isEqualTo("[\"id: cannot be changed (201)\"]");
        assertThat(ops.get("/admin/connectors/202").statusCode()).isEqualTo(404);
        assertThat(ops.connector(201).get("revision").asLong()).isEqualTo(1);
    }

    @Test
    void patch_that_makes_the_connector_invalid_is_refused_naming_the_field() {
        HttpResponse<String> response =
                ops.patch(201, "{\"primaryColor\":\"red\",\"products\":[\"SAVINGS\"]}", "If-Match", "\"r1\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problems(response))
                .isEqualTo("[\"primaryColor: must be six hex digits without '#'\","
                        + "\"products[0]: 'SAVINGS' is not one of ACCOUNTS, CREDIT_CARDS, TRANSACTIONS, PAYMENT_DATA,"
                        + " INVESTMENTS, INVESTMENTS_TRANSACTIONS, IDENTITY, BROKERAGE_NOTE, MOVE_SECURITY, LOANS\"]");
        assertThat(ops.connector(201).get("revision").asLong()).isEqualTo(1);
    }

    @Test
    void patch_of_an_unknown_connector_is_a_404() {
        HttpResponse<String> response = ops.patch(99999, "{\"name\":\"X\"}", "If-Match", "\"r1\"");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(CONNECTOR_NOT_FOUND);
    }

    @Test
    void delete_disables_a_connector_which_leaves_the_public_api_but_stays_in_the_admin_one() {
        HttpResponse<String> deleted = ops.delete(609, "If-Match", "\"r1\"");

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.headers().firstValue("ETag")).contains("\"r2\"");
        String disabled = adminJson(
                HttpFixtures.business()
                        .withName("Bradesco Empresas")
                        .withTimes(HttpFixtures.business().createdAt(), updatedAt(deleted)),
                false,
                2);
        assertThat(deleted.body()).isEqualTo(disabled);
        assertThat(publicIds()).containsExactly(0, 2, 201, 211, 601);
        assertThat(ops.publicConnector(609).statusCode()).isEqualTo(404);
        assertThat(ops.publicConnector(609).body()).isEqualTo(CONNECTOR_NOT_FOUND);
        assertThat(ops.get("/admin/connectors/609").body()).isEqualTo(disabled);
        assertThat(ops.get("/admin/connectors").body()).endsWith("," + disabled + "]}");
    }

    @Test
    void delete_without_if_match_is_a_428_and_with_a_stale_one_a_412() {
        HttpResponse<String> missing = ops.delete(609);
        HttpResponse<String> stale = ops.delete(609, "If-Match", "\"r7\"");

        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(message(missing)).isEqualTo(ApiError.PRECONDITION_REQUIRED.message(609, 609));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(publicIds()).containsExactly(0, 2, 201, 211, 601, 609);
    }

    @Test
    void a_disabled_id_is_never_reused_nor_changed_nor_disabled_again() {
        ops.delete(609, "If-Match", "\"r1\"");
        String retired = "{\"code\":409,\"codeDescription\":\"CONNECTOR_ID_RETIRED\",\"message\":\""
                + ApiError.CONNECTOR_ID_RETIRED.message(609) + "\"}";

        HttpResponse<String> create = ops.put(609, newConnector(609, "Bradesco Empresas"));
        HttpResponse<String> replace = ops.put(609, newConnector(609, "Bradesco Empresas"), "If-Match", "\"r2\"");
        HttpResponse<String> createOnly = ops.put(609, newConnector(609, "Bradesco"), "If-None-Match", "*");
        HttpResponse<String> patch = ops.patch(609, "{\"name\":\"Bradesco\"}", "If-Match", "\"r2\"");
        HttpResponse<String> again = ops.delete(609, "If-Match", "\"r2\"");

        for (HttpResponse<String> response : List.of(create, replace, createOnly, patch, again)) {
            assertThat(response.statusCode()).as(response.request().method()).isEqualTo(409);
            assertThat(response.body()).as(response.request().method()).isEqualTo(retired);
        }
        assertThat(ops.publicConnector(609).statusCode()).isEqualTo(404);
        assertThat(ops.connector(609).get("revision").asLong()).isEqualTo(2);
    }

    @Test
    void delete_of_an_unknown_connector_is_a_404() {
        HttpResponse<String> response = ops.delete(99999, "If-Match", "\"r1\"");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(CONNECTOR_NOT_FOUND);
    }

    @Test
    void patch_that_is_not_an_object_is_refused_as_such() {
        HttpResponse<String> response = ops.patch(201, "[\"name\"]", "If-Match", "\"r1\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(ApiError.BODY_NOT_AN_OBJECT.message());
    }
}

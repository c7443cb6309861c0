package dev.plugboard.http;

import static dev.plugboard.http.OperatorSession.NOT_AUTHENTICATED;
import static dev.plugboard.http.OperatorSession.adminJson;
import static dev.plugboard.http.OperatorSession.message;
import static dev.plugboard.http.OperatorSession.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.auth.Role;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ConnectorWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may use the administration API, and its read routes. Nothing here changes the catalog. */
class AdminRoutesTest {
    static final String FORBIDDEN_FOR_ADMIN = "{\"code\":403,\"codeDescription\":\"FORBIDDEN\",\"message\":\""
            + ApiError.FORBIDDEN_ROLE.message("admin") + "\"}";
    static TestServer server;
    static OperatorSession ops;

    @BeforeAll
    static void start() {
        server = new TestServer();
        ops = new OperatorSession(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An administration route, with a body that would be valid for it. */
    record AdminRoute(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<AdminRoute> adminRoutes() {
        String connector = OperatorSession.newConnector(201, "Itaú").toString();
        return List.of(
                new AdminRoute("GET", "/admin/connectors", ""),
                new AdminRoute("GET", "/admin/connectors/201", ""),
                new AdminRoute("PUT", "/admin/connectors/201", connector),
                new AdminRoute("PATCH", "/admin/connectors/201", "{\"name\":\"Itaú Unibanco\"}"),
                new AdminRoute("DELETE", "/admin/connectors/201", ""),
                new AdminRoute("POST", "/admin/catalog/import", "[" + connector + "]"),
                new AdminRoute("GET", "/admin/catalog/export", ""),
                new AdminRoute("GET", "/admin/audit", ""));
    }

    private static HttpResponse<String> call(AdminRoute route, Optional<String> key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(route.path()))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"r1\"")
                .method(
                        route.method(),
                        route.body().isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(route.body(), StandardCharsets.UTF_8));
        key.ifPresent(k -> request.header("X-API-KEY", k));
        return server.send(request.build());
    }

    @ParameterizedTest
    @MethodSource("adminRoutes")
    void an_application_key_is_refused_on_every_admin_route_naming_the_role_it_needs(AdminRoute route) {
        HttpResponse<String> response = call(route, Optional.of(server.apiKey));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(FORBIDDEN_FOR_ADMIN);
    }

    @ParameterizedTest
    @MethodSource("adminRoutes")
    void a_connect_token_is_refused_on_every_admin_route_naming_the_role_it_needs(AdminRoute route) {
        String connectToken =
                tree(server.postJson("/connect_token", "{}")).get("accessToken").asText();

        HttpResponse<String> response = call(route, Optional.of(connectToken));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(FORBIDDEN_FOR_ADMIN);
    }

    @Test
    void a_connect_token_never_reaches_an_admin_route() {
        String connectToken =
                tree(server.postJson("/connect_token", "{}")).get("accessToken").asText();

        for (AdminRoute route : adminRoutes()) {
            assertThat(call(route, Optional.of(connectToken)).statusCode())
                    .as(route.toString())
                    .isEqualTo(403);
        }
    }

    @ParameterizedTest
    @MethodSource("adminRoutes")
    void an_ingest_operator_is_refused_on_every_admin_route_naming_the_role_it_needs(AdminRoute route) {
        HttpResponse<String> response = call(route, Optional.of(ops.newKey("ingester", Role.INGEST)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(FORBIDDEN_FOR_ADMIN);
    }

    @ParameterizedTest
    @MethodSource("adminRoutes")
    void a_missing_or_forged_key_gets_pluggys_not_authenticated_body_on_every_admin_route(AdminRoute route) {
        String forged = ForgedTokens.withAlteredSignature(ops.adminKey);

        HttpResponse<String> missing = call(route, Optional.empty());
        HttpResponse<String> wrongSignature = call(route, Optional.of(forged));

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).isEqualTo(NOT_AUTHENTICATED);
        assertThat(wrongSignature.statusCode()).isEqualTo(403);
        assertThat(wrongSignature.body()).isEqualTo(NOT_AUTHENTICATED);
    }

    @Test
    void an_admin_key_also_reads_the_public_connector_routes() {
        HttpResponse<String> list = server.send(HttpRequest.newBuilder(server.uri("/connectors"))
                .header("X-API-KEY", ops.adminKey)
                .build());
        HttpResponse<String> one = server.send(HttpRequest.newBuilder(server.uri("/connectors/201"))
                .header("X-API-KEY", ops.adminKey)
                .build());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).isEqualTo(server.get("/connectors").body());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body())
                .isEqualTo(new String(
                        ConnectorWriter.toBytes(HttpFixtures.itauDirect(), Optional.empty()), StandardCharsets.UTF_8));
    }

    @Test
    void an_operator_key_cannot_create_connect_tokens() {
        for (Role role : List.of(Role.ADMIN, Role.INGEST)) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/connect_token"))
                    .header("X-API-KEY", ops.newKey("operator " + role, role))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build());

            assertThat(response.statusCode()).as(role.name()).isEqualTo(403);
            assertThat(response.body())
                    .as(role.name())
                    .isEqualTo("{\"code\":403,\"codeDescription\":\"FORBIDDEN\",\"message\":\""
                            + ApiError.FORBIDDEN_ROLE.message("application") + "\"}");
        }
    }

    @Test
    void list_answers_every_connector_with_enabled_and_revision_in_ascending_id_order() {
        HttpResponse<String> response = ops.get("/admin/connectors");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.body())
                .isEqualTo(HttpFixtures.catalog().stream()
                        .map(c -> adminJson(c, true, 1))
                        .collect(Collectors.joining(",", "{\"results\":[", "]}")));
    }

    @Test
    void get_answers_one_connector_with_its_revision_as_etag() {
        HttpResponse<String> response = ops.get("/admin/connectors/201");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"r1\"");
        assertThat(response.body()).isEqualTo(adminJson(HttpFixtures.itauDirect(), true, 1));
    }

    @Test
    void get_takes_a_float_id_as_generated_clients_send_it() {
        assertThat(ops.get("/admin/connectors/201.0").body()).isEqualTo(adminJson(HttpFixtures.itauDirect(), true, 1));
    }

    @Test
    void get_of_an_unknown_id_is_pluggys_404() {
        HttpResponse<String> response = ops.get("/admin/connectors/99999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo(
                        "{\"code\":404,\"codeDescription\":\"CONNECTOR_NOT_FOUND\",\"message\":\"connector not found\"}");
    }

    @Test
    void get_of_an_id_that_is_not_a_whole_number_is_a_400() {
        HttpResponse<String> response = ops.get("/admin/connectors/abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(ApiError.INVALID_CONNECTOR_ID.message("abc"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "POST | /admin/connectors | GET",
                "POST | /admin/connectors/201 | GET, PUT, PATCH, DELETE",
                "GET | /admin/catalog/import | POST",
                "PUT | /admin/catalog/import | POST",
                "POST | /admin/catalog/export | GET",
                "DELETE | /admin/audit | GET"
            })
    void a_wrong_method_on_an_admin_path_is_a_405_listing_the_allowed_ones(String method, String path, String allow) {
        HttpResponse<String> response = server.send(ops.request(path)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains(allow);
        assertThat(response.body())
                .isEqualTo("{\"code\":405,\"codeDescription\":\"METHOD_NOT_ALLOWED\",\"message\":\""
                        + ApiError.METHOD_NOT_ALLOWED.message(method) + "\"}");
    }

    @Test
    void an_admin_body_that_is_not_json_is_refused() {
        HttpResponse<String> response = ops.send("PUT", "/admin/connectors/701", "text/plain", "name=x");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(ApiError.INVALID_CONTENT_TYPE.message());
        assertThat(ops.get("/admin/connectors/701").statusCode()).isEqualTo(404);
    }
}

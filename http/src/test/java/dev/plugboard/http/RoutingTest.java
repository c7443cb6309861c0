package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.http.wire.ApiError;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoutingTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_unknown_route_is_a_404_in_the_error_envelope() throws Exception {
        HttpResponse<String> response = server.get("/items");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo("{\"code\":404,\"codeDescription\":\"NOT_FOUND\",\"message\":\""
                        + ApiError.ROUTE_NOT_FOUND.message() + "\"}");
    }

    @Test
    void a_wrong_method_is_a_405_listing_the_allowed_ones() throws Exception {
        HttpResponse<String> delete =
                server.send(server.request("/connectors/2").DELETE().build());
        HttpResponse<String> getAuth =
                server.send(HttpRequest.newBuilder(server.uri("/auth")).GET().build());

        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).contains("GET");
        assertThat(JSON.readTree(delete.body()).get("message").asText())
                .isEqualTo(ApiError.METHOD_NOT_ALLOWED.message("DELETE"));
        assertThat(getAuth.statusCode()).isEqualTo(405);
        assertThat(getAuth.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void the_route_table_lists_pluggys_five_operations_then_the_administration_api() {
        Routes routes = new Routes(
                new HttpDependencies(
                        server.catalog,
                        server.applications,
                        server.tokens,
                        server.editor,
                        server.health,
                        server.webhooks,
                        java.time.Clock.systemUTC(),
                        server.metrics,
                        server.probe),
                1024);

        assertThat(routes.table().stream().map(e -> e.method().name() + " " + e.path()))
                .containsExactly(
                        "POST /auth",
                        "POST /connect_token",
                        "GET /connectors",
                        "GET /connectors/:id",
                        "POST /connectors/:id/validate",
                        "GET /connectors/:id/health/history",
                        "POST /executions",
                        "POST /webhooks",
                        "GET /webhooks",
                        "GET /webhooks/:id",
                        "PATCH /webhooks/:id",
                        "DELETE /webhooks/:id",
                        "GET /admin/connectors",
                        "GET /admin/connectors/:id",
                        "PUT /admin/connectors/:id",
                        "PATCH /admin/connectors/:id",
                        "DELETE /admin/connectors/:id",
                        "POST /admin/catalog/import",
                        "GET /admin/catalog/export",
                        "GET /admin/audit",
                        "PUT /admin/connectors/:id/health/override",
                        "DELETE /admin/connectors/:id/health/override",
                        "GET /health/live",
                        "GET /health/ready",
                        "GET /console/*",
                        "GET /openapi.json",
                        "GET /openapi.yaml",
                        "GET /docs",
                        "GET /docs/:asset");
        assertThat(routes.allowedMethods("/connectors/2/validate")).isEqualTo("POST");
        assertThat(routes.allowedMethods("/admin/connectors/2")).isEqualTo("GET, PUT, PATCH, DELETE");
        assertThat(routes.allowedMethods("/console")).isEqualTo("GET");
        assertThat(routes.allowedMethods("/console/connectors/2")).isEqualTo("GET");
        assertThat(routes.allowedMethods("/consoles")).isEmpty();
    }

    @Test
    void a_client_that_asks_for_http2_over_clear_text_is_answered_in_http_1_1() {
        HttpResponse<String> response = server.send(server.request("/connectors?sandbox=true")
                .version(java.net.http.HttpClient.Version.HTTP_2)
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
    }
}

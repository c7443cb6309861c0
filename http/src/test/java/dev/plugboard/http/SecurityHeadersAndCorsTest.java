package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The security headers every answer carries, and CORS for browser pages of allowed origins on the
 * routes a connect token reaches; bodies stay as they are.
 */
class SecurityHeadersAndCorsTest {
    static final String ALLOWED = "https://app.example.com";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

    static TestServer plain;
    static TestServer cors;

    @BeforeAll
    static void start() {
        plain = new TestServer();
        cors = new TestServer(ServingSettings.DEFAULT.withCorsOrigins(List.of(ALLOWED, "http://localhost:3000")));
    }

    @AfterAll
    static void stop() {
        plain.close();
        cors.close();
    }

    @Test
    void every_answer_carries_the_security_headers_and_no_hsts_over_plain_http() {
        List<HttpResponse<String>> answers = List.of(
                plain.get("/connectors/2"),
                plain.get("/connectors/99"),
                plain.get("/nowhere"),
                plain.send(HttpRequest.newBuilder(plain.uri("/connectors")).build()),
                plain.send(HttpRequest.newBuilder(plain.uri("/health/ready")).build()),
                plain.postJson("/connectors/2/validate", "{"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 404, 404, 403, 200, 400);
        for (HttpResponse<String> answer : answers) {
            boolean catalogRead =
                    answer.statusCode() == 200 && answer.uri().getPath().startsWith("/connectors");
            SECURITY_HEADERS.forEach((name, value) -> assertThat(
                            answer.headers().allValues(name))
                    .as(name + " on " + answer.uri())
                    .containsExactly(catalogRead && name.equals("Cache-Control") ? "private, no-cache" : value));
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }

    @Test
    void a_preflight_from_an_allowed_origin_names_the_routes_methods_and_the_sdks_headers() {
        HttpResponse<String> preflight = cors.send(HttpRequest.newBuilder(cors.uri("/connectors/2/validate"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key, content-type")
                .build());

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ALLOWED);
        assertThat(preflight.headers().allValues("Access-Control-Allow-Methods"))
                .containsExactly("POST");
        assertThat(preflight.headers().allValues("Access-Control-Allow-Headers"))
                .containsExactly("X-API-KEY, Content-Type, Accept-Language, X-Request-Id, If-None-Match");
        assertThat(preflight.headers().allValues("Access-Control-Max-Age")).containsExactly("600");
        assertThat(preflight.headers().allValues("Vary")).containsExactly("Origin");
        assertThat(preflight.body()).isEmpty();
    }

    @Test
    void an_allowed_origin_gets_the_same_body_with_cors_headers() {
        HttpResponse<String> withOrigin = cors.send(cors.request("/connectors?sandbox=true")
                .header("Origin", ALLOWED)
                .build());
        HttpResponse<String> without = cors.get("/connectors?sandbox=true");

        assertThat(withOrigin.statusCode()).isEqualTo(200);
        assertThat(withOrigin.body()).isEqualTo(without.body());
        assertThat(withOrigin.headers().allValues("Access-Control-Allow-Origin"))
                .containsExactly(ALLOWED);
        assertThat(withOrigin.headers().allValues("Access-Control-Expose-Headers"))
                .containsExactly("X-Request-Id, ETag");
        // Catalog reads also vary by Accept-Encoding (they may be sent gzip-compressed).
        assertThat(withOrigin.headers().allValues("Vary")).containsExactly("Origin, Accept-Encoding");
    }

    @Test
    void another_origin_is_served_without_cors_headers_so_its_browser_withholds_the_answer() {
        HttpResponse<String> other = cors.send(cors.request("/connectors/2")
                .header("Origin", "https://evil.example")
                .build());
        HttpResponse<String> preflight = cors.send(HttpRequest.newBuilder(cors.uri("/connectors/2"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .build());

        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.statusCode()).isEqualTo(405);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void routes_no_connect_token_reaches_get_no_cors_headers_even_for_an_allowed_origin() {
        HttpResponse<String> auth = cors.send(HttpRequest.newBuilder(cors.uri("/auth"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .build());
        HttpResponse<String> admin = cors.send(
                cors.request("/admin/connectors").header("Origin", ALLOWED).build());

        assertThat(auth.statusCode()).isEqualTo(405);
        assertThat(auth.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(admin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}

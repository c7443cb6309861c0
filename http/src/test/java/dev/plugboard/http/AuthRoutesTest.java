package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.http.auth.Caller;
import dev.plugboard.http.auth.SigningKey;
import dev.plugboard.http.auth.TokenKind;
import dev.plugboard.http.auth.TokenService;
import dev.plugboard.http.wire.ApiError;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthRoutesTest {
    static final String NOT_AUTHENTICATED = "{\"code\":403,\"message\":\"Missing or invalid authorization token\"}";
    static final String KEYS_INVALID =
            "{\"code\":401,\"codeDescription\":\"CLIENT_KEYS_UNAUTHORIZED\",\"message\":\"Client keys are invalid\"}";
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

    private static String authBody(String clientId, String secret) {
        return "{\"clientId\":\"" + clientId + "\",\"clientSecret\":\"" + secret + "\",\"nonExpiring\":false}";
    }

    private static String validAuthBody() {
        return authBody(
                server.app.application().clientId().toString(),
                server.app.clientSecret().reveal());
    }

    @Test
    void auth_returns_an_api_key_that_names_the_application() throws Exception {
        HttpResponse<String> response = server.postJson("/auth", validAuthBody());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.size()).isEqualTo(1);
        Optional<Caller> caller = server.tokens.verify(body.get("apiKey").asText());
        assertThat(caller.map(Caller::clientId))
                .contains(server.app.application().clientId());
        assertThat(caller.map(Caller::kind)).contains(TokenKind.API_KEY);
    }

    @Test
    void auth_refuses_a_wrong_secret_with_pluggys_401() {
        HttpResponse<String> response = server.postJson(
                "/auth", authBody(server.app.application().clientId().toString(), "wrong"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(KEYS_INVALID);
    }

    @Test
    void auth_refuses_an_unknown_or_malformed_client_id_with_the_same_401() {
        assertThat(server.postJson("/auth", authBody("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", "x"))
                        .body())
                .isEqualTo(KEYS_INVALID);
        assertThat(server.postJson("/auth", authBody("not-a-uuid", "x")).body()).isEqualTo(KEYS_INVALID);
    }

    @Test
    void auth_refuses_a_disabled_application_with_pluggys_401() {
        HttpResponse<String> response = server.postJson(
                "/auth",
                authBody(
                        server.disabledApp.application().clientId().toString(),
                        server.disabledApp.clientSecret().reveal()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body())
                .isEqualTo("{\"code\":401,\"codeDescription\":\"CLIENT_DISABLED\",\"message\":\"Client is disabled\"}");
    }

    @Test
    void auth_names_a_missing_field_and_a_field_of_the_wrong_type() throws Exception {
        HttpResponse<String> missing = server.postJson("/auth", "{\"clientId\":\"x\"}");
        HttpResponse<String> wrongType =
                server.postJson("/auth", validAuthBody().replace("false", "\"no\""));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("message").asText())
                .isEqualTo(ApiError.INVALID_FIELD.message("clientSecret", "is required"));
        assertThat(JSON.readTree(wrongType.body()).get("message").asText())
                .isEqualTo(ApiError.INVALID_FIELD.message("nonExpiring", "must be true or false"));
    }

    @Test
    void auth_refuses_malformed_json_and_a_body_that_is_not_json() throws Exception {
        HttpResponse<String> malformed = server.postJson("/auth", "{\"clientId\":");
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(server.uri("/auth"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("clientId=a&clientSecret=b"))
                .build());

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("codeDescription").asText())
                .isEqualTo("INVALID_REQUEST_BODY");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(form.body()).get("message").asText())
                .isEqualTo(ApiError.INVALID_CONTENT_TYPE.message());
    }

    @Test
    void an_unexpected_failure_is_a_generic_500_naming_the_request_id() throws Exception {
        server.store.failing = true;
        try {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/auth"))
                    .header("Content-Type", "application/json")
                    .header("X-Request-Id", "req-500-test")
                    .POST(HttpRequest.BodyPublishers.ofString(validAuthBody()))
                    .build());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("X-Request-Id")).contains("req-500-test");
            assertThat(response.body())
                    .isEqualTo("{\"code\":500,\"codeDescription\":\"INTERNAL_SERVER_ERROR\","
                            + "\"message\":\"Internal Server Error\",\"errorId\":\"req-500-test\"}");
        } finally {
            server.store.failing = false;
        }
    }

    @Test
    void connector_routes_refuse_a_missing_or_forged_key_with_pluggys_403() {
        HttpResponse<String> missing =
                server.send(HttpRequest.newBuilder(server.uri("/connectors")).build());
        HttpResponse<String> forged = server.send(HttpRequest.newBuilder(server.uri("/connectors/2"))
                .header("X-API-KEY", ForgedTokens.withAlteredSignature(server.apiKey))
                .build());
        HttpResponse<String> garbage = server.send(HttpRequest.newBuilder(server.uri("/connectors/2"))
                .header("X-API-KEY", "abc")
                .build());

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).isEqualTo(NOT_AUTHENTICATED);
        assertThat(forged.body()).isEqualTo(NOT_AUTHENTICATED);
        assertThat(garbage.body()).isEqualTo(NOT_AUTHENTICATED);
    }

    private static int statusWith(String key) {
        return server.send(HttpRequest.newBuilder(server.uri("/connectors/2"))
                        .header("X-API-KEY", key)
                        .build())
                .statusCode();
    }

    @Test
    void a_key_already_verified_and_remembered_stops_working_at_once_when_its_signing_key_is_dropped() {
        String key = server.tokens.issue(server.app.application().clientId(), TokenKind.API_KEY);
        assertThat(statusWith(key)).isEqualTo(200);
        assertThat(statusWith(key)).isEqualTo(200);
        String tampered = ForgedTokens.withAlteredSignature(key);
        assertThat(statusWith(tampered)).isEqualTo(403);

        try {
            server.tokens.replaceKeys(new TokenService.KeyRing(SigningKey.generate(new SecureRandom()), List.of()));

            assertThat(statusWith(key)).isEqualTo(403);
        } finally {
            server.tokens.replaceKeys(new TokenService.KeyRing(server.key, List.of()));
        }
        assertThat(statusWith(key)).isEqualTo(200);
    }

    @Test
    void a_disabled_applications_key_stays_valid_until_it_expires_remembered_or_not() {
        String key = server.tokens.issue(server.disabledApp.application().clientId(), TokenKind.API_KEY);

        assertThat(statusWith(key)).isEqualTo(200);
        assertThat(statusWith(key)).isEqualTo(200);
    }

    @Test
    void the_api_key_header_name_is_matched_in_any_case() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/connectors/2"))
                .header("x-api-key", server.apiKey)
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void a_connect_token_reads_and_validates_connectors_but_cannot_mint_connect_tokens() throws Exception {
        HttpResponse<String> created = server.postJson("/connect_token", "{}");
        String token = JSON.readTree(created.body()).get("accessToken").asText();

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(server.tokens.verify(token).map(Caller::kind)).contains(TokenKind.CONNECT_TOKEN);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/connectors?sandbox=true"))
                                .header("X-API-KEY", token)
                                .build())
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri("/connect_token"))
                .header("X-API-KEY", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.body()).isEqualTo(NOT_AUTHENTICATED);
    }

    @Test
    void a_connect_token_can_be_created_without_a_body() {
        HttpResponse<String> created = server.send(server.request("/connect_token")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).startsWith("{\"accessToken\":\"ey");
    }

    @Test
    void a_connect_token_can_be_created_with_a_json_null_body_as_generated_clients_send() {
        HttpResponse<String> created = server.postJson("/connect_token", "null");
        HttpResponse<String> auth = server.postJson("/auth", "null");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(auth.statusCode()).isEqualTo(400);
    }

    @Test
    void a_connect_token_for_an_item_is_a_404_because_plugboard_holds_no_items() throws Exception {
        HttpResponse<String> unknown =
                server.postJson("/connect_token", "{\"itemId\":\"5e9f8f8f-f8f8-4f8f-8f8f-8f8f8f8f8f8f\"}");
        HttpResponse<String> malformed = server.postJson("/connect_token", "{\"itemId\":\"nope\"}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body())
                .isEqualTo("{\"code\":404,\"codeDescription\":\"ITEM_NOT_FOUND\",\"message\":\"item not found\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("message").asText())
                .isEqualTo(ApiError.INVALID_FIELD.message("itemId", "must be a UUID"));
    }

    @Test
    void every_answer_carries_the_request_id_it_was_given_or_a_new_one() {
        HttpResponse<String> given = server.send(server.request("/connectors/2")
                .header("X-Request-Id", "abc-123")
                .build());
        HttpResponse<String> generated = server.get("/connectors/2");

        assertThat(given.headers().firstValue("X-Request-Id")).contains("abc-123");
        assertThat(generated.headers().firstValue("X-Request-Id").orElseThrow())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}

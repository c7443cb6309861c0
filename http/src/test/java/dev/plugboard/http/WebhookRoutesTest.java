package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.auth.Role;
import dev.plugboard.http.auth.TokenKind;
import dev.plugboard.http.wire.ApiError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /webhooks}: Pluggy's webhook API for connector/status_updated, per application. */
class WebhookRoutesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NOT_FOUND =
            "{\"code\":404,\"codeDescription\":\"WEBHOOK_NOT_FOUND\",\"message\":\"webhook not found\"}";
    static final String CREATE = "{\"event\":\"connector/status_updated\",\"url\":\"https://hooks.example/pluggy\","
            + "\"headers\":{\"X-Receiver-Key\":\"k-123\",\"Accept\":\"*/*\"}}";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A new application's API key, so each test starts without webhooks. */
    static String newApp() {
        var app = server.applications.create("webhook test app");
        return server.tokens.issue(app.application().clientId(), TokenKind.API_KEY);
    }

    static HttpResponse<String> send(String key, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .header("X-API-KEY", key)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return server.send(request.build());
    }

    static JsonNode tree(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    static String refusal(String message) {
        return "{\"code\":400,\"message\":" + JSON.valueToTree(message) + "}";
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void creating_answers_201_with_the_webhook_its_headers_and_once_its_signing_secret() {
        String key = newApp();
        Instant before = Instant.now().minusMillis(1);

        HttpResponse<String> created = send(key, "POST", "/webhooks", CREATE);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = tree(created);
        assertThat(fieldNames(body))
                .containsExactly("id", "event", "url", "disabledAt", "createdAt", "updatedAt", "headers", "secret");
        assertThat(body.get("id").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(body.get("event").asText()).isEqualTo("connector/status_updated");
        assertThat(body.get("url").asText()).isEqualTo("https://hooks.example/pluggy");
        assertThat(body.get("disabledAt").isNull()).isTrue();
        assertThat(body.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(Instant.parse(body.get("createdAt").asText())).isAfter(before);
        assertThat(body.get("updatedAt")).isEqualTo(body.get("createdAt"));
        assertThat(body.get("headers").toString()).isEqualTo("{\"X-Receiver-Key\":\"k-123\",\"Accept\":\"*/*\"}");
        assertThat(body.get("secret").asText()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void the_secret_is_never_shown_again_and_reads_show_the_same_webhook() {
        String key = newApp();
        JsonNode created = tree(send(key, "POST", "/webhooks", CREATE));
        String id = created.get("id").asText();
        ((com.fasterxml.jackson.databind.node.ObjectNode) created).remove("secret");

        HttpResponse<String> one = send(key, "GET", "/webhooks/" + id, null);
        HttpResponse<String> all = send(key, "GET", "/webhooks", null);

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).isEqualTo(created.toString());
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).isEqualTo("{\"page\":1,\"total\":1,\"totalPages\":1,\"results\":[" + created + "]}");
    }

    @Test
    void a_webhook_belongs_to_the_application_that_created_it() {
        String owner = newApp();
        String other = newApp();
        String id = tree(send(owner, "POST", "/webhooks", CREATE)).get("id").asText();
        String update = "{\"url\":\"https://attacker.example\"}";

        assertThat(send(other, "GET", "/webhooks", null).body())
                .isEqualTo("{\"page\":1,\"total\":0,\"totalPages\":0,\"results\":[]}");
        for (HttpResponse<String> response : List.of(
                send(other, "GET", "/webhooks/" + id, null),
                send(other, "PATCH", "/webhooks/" + id, update),
                send(other, "DELETE", "/webhooks/" + id, null))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo(NOT_FOUND);
        }
        assertThat(tree(send(owner, "GET", "/webhooks/" + id, null)).get("url").asText())
                .isEqualTo("https://hooks.example/pluggy");
    }

    @Test
    void unknown_and_malformed_ids_are_webhook_not_found() {
        String key = newApp();

        for (String id : List.of("7f0c0f8e-1d1a-4c35-9a8e-2f3b4c5d6e7f", "nope", "1-1-1-1-1")) {
            HttpResponse<String> response = send(key, "GET", "/webhooks/" + id, null);
            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(response.body()).as(id).isEqualTo(NOT_FOUND);
        }
    }

    @Test
    void patch_changes_only_what_is_sent_null_headers_clear_them_and_enabled_toggles_disabled_at() {
        String key = newApp();
        String id = tree(send(key, "POST", "/webhooks", CREATE)).get("id").asText();

        JsonNode moved = tree(send(key, "PATCH", "/webhooks/" + id, "{\"url\":\"https://hooks.example/v2\"}"));
        JsonNode cleared = tree(send(key, "PATCH", "/webhooks/" + id, "{\"headers\":null}"));
        HttpResponse<String> disabled = send(key, "PATCH", "/webhooks/" + id, "{\"enabled\":false}");
        JsonNode enabled = tree(send(key, "PATCH", "/webhooks/" + id, "{\"enabled\":true}"));

        assertThat(moved.get("url").asText()).isEqualTo("https://hooks.example/v2");
        assertThat(moved.get("headers").toString()).isEqualTo("{\"X-Receiver-Key\":\"k-123\",\"Accept\":\"*/*\"}");
        assertThat(moved.has("secret")).isFalse();
        assertThat(cleared.get("url").asText()).isEqualTo("https://hooks.example/v2");
        assertThat(cleared.get("headers").toString()).isEqualTo("{}");
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(tree(disabled).get("disabledAt").asText())
                .isEqualTo(tree(disabled).get("updatedAt").asText());
        assertThat(enabled.get("disabledAt").isNull()).isTrue();
        assertThat(tree(send(key, "GET", "/webhooks/" + id, null))).isEqualTo(enabled);
    }

    @Test
    void delete_answers_pluggys_count_and_the_webhook_is_gone() {
        String key = newApp();
        String id = tree(send(key, "POST", "/webhooks", CREATE)).get("id").asText();

        HttpResponse<String> deleted = send(key, "DELETE", "/webhooks/" + id, null);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"count\":1}");
        assertThat(send(key, "GET", "/webhooks/" + id, null).body()).isEqualTo(NOT_FOUND);
        assertThat(send(key, "DELETE", "/webhooks/" + id, null).statusCode()).isEqualTo(404);
        assertThat(tree(send(key, "GET", "/webhooks", null)).get("total").asInt())
                .isZero();
    }

    @Test
    void events_other_than_connector_status_updated_are_refused_naming_the_supported_one() {
        String key = newApp();

        HttpResponse<String> pluggys =
                send(key, "POST", "/webhooks", "{\"event\":\"item/updated\",\"url\":\"https://h.example\"}");
        HttpResponse<String> all = send(key, "POST", "/webhooks", "{\"event\":\"all\",\"url\":\"https://h.example\"}");
        HttpResponse<String> typo =
                send(key, "POST", "/webhooks", "{\"event\":\"connector/status\",\"url\":\"https://h.example\"}");

        assertThat(pluggys.statusCode()).isEqualTo(400);
        assertThat(pluggys.body()).isEqualTo(refusal(ApiError.WEBHOOK_UNSUPPORTED_EVENT.message("item/updated")));
        assertThat(all.body()).isEqualTo(refusal(ApiError.WEBHOOK_UNSUPPORTED_EVENT.message("all")));
        assertThat(typo.body()).isEqualTo(refusal(ApiError.WEBHOOK_UNKNOWN_EVENT.message("connector/status")));
        assertThat(ApiError.WEBHOOK_UNKNOWN_EVENT.message("x"))
                .isEqualTo("Invalid event type 'x' for webhook. Plugboard sends only connector/status_updated.");
    }

    @Test
    void urls_must_be_https_without_the_development_flag_and_well_formed() {
        String key = newApp();
        String body = "{\"event\":\"connector/status_updated\",\"url\":\"%s\"}";

        HttpResponse<String> plain = send(key, "POST", "/webhooks", body.formatted("http://127.0.0.1:9999/hook"));
        HttpResponse<String> relative = send(key, "POST", "/webhooks", body.formatted("/hook"));

        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).isEqualTo(refusal(ApiError.WEBHOOK_URL_NOT_HTTPS.message()));
        assertThat(ApiError.WEBHOOK_URL_NOT_HTTPS.message()).startsWith("Webhook url must be a https secured url");
        assertThat(relative.body()).isEqualTo(refusal(ApiError.WEBHOOK_INVALID_URL.message()));
        assertThat(ApiError.WEBHOOK_INVALID_URL.message())
                .startsWith("Webhook url must be valid URL address and not localhost");
    }

    @Test
    void headers_are_checked_by_name_and_never_echo_a_value_when_refused() {
        String key = newApp();
        String template = "{\"event\":\"connector/status_updated\",\"url\":\"https://h.example\",\"headers\":%s}";
        String eleven = IntStream.range(0, 11)
                .mapToObj(i -> "\"X-H" + i + "\":\"v\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));

        HttpResponse<String> reserved =
                send(key, "POST", "/webhooks", template.formatted("{\"x-plugboard-signature\":\"forged\"}"));
        HttpResponse<String> tooMany = send(key, "POST", "/webhooks", template.formatted(eleven));
        HttpResponse<String> badValue =
                send(key, "POST", "/webhooks", template.formatted("{\"X-Key\":\"secret\\r\\nInjected: 1\"}"));
        HttpResponse<String> notText = send(key, "POST", "/webhooks", template.formatted("{\"X-Key\":42}"));
        HttpResponse<String> notObject = send(key, "POST", "/webhooks", template.formatted("[\"X-Key\"]"));

        assertThat(reserved.body())
                .isEqualTo(refusal(ApiError.WEBHOOK_RESERVED_HEADER.message("x-plugboard-signature")));
        assertThat(tooMany.body()).isEqualTo(refusal(ApiError.WEBHOOK_TOO_MANY_HEADERS.message("11")));
        assertThat(badValue.body()).isEqualTo(refusal(ApiError.WEBHOOK_INVALID_HEADER.message("X-Key")));
        assertThat(badValue.body()).doesNotContain("secret").doesNotContain("Injected");
        assertThat(notText.statusCode()).isEqualTo(400);
        assertThat(tree(notText).get("message").asText())
                .isEqualTo(ApiError.INVALID_FIELD.message("headers.X-Key", "must be a string"));
        assertThat(tree(notObject).get("message").asText())
                .isEqualTo(ApiError.INVALID_FIELD.message(
                        "headers", "must be an object of header names to string values, or null"));
    }

    @Test
    void several_problems_are_answered_together_in_field_order() {
        HttpResponse<String> response = send(
                newApp(),
                "POST",
                "/webhooks",
                "{\"event\":\"item/created\",\"url\":\"ftp://h.example\",\"headers\":{\"Host\":\"x\"}}");

        assertThat(response.body())
                .isEqualTo(refusal(ApiError.WEBHOOK_UNSUPPORTED_EVENT.message("item/created") + " "
                        + ApiError.WEBHOOK_URL_NOT_HTTPS.message() + " "
                        + ApiError.WEBHOOK_RESERVED_HEADER.message("Host")));
    }

    @Test
    void missing_fields_wrong_types_and_non_json_bodies_are_400s_naming_the_field() {
        String key = newApp();

        assertThat(tree(send(key, "POST", "/webhooks", "{\"url\":\"https://h.example\"}"))
                        .get("message")
                        .asText())
                .isEqualTo(ApiError.INVALID_FIELD.message("event", "is required"));
        assertThat(tree(send(key, "POST", "/webhooks", "{\"event\":\"connector/status_updated\",\"url\":7}"))
                        .get("message")
                        .asText())
                .isEqualTo(ApiError.INVALID_FIELD.message("url", "must be a string"));
        String id = tree(send(key, "POST", "/webhooks", CREATE)).get("id").asText();
        assertThat(tree(send(key, "PATCH", "/webhooks/" + id, "{\"enabled\":\"yes\"}"))
                        .get("message")
                        .asText())
                .isEqualTo(ApiError.INVALID_FIELD.message("enabled", "must be true or false"));
        HttpResponse<String> text = server.send(HttpRequest.newBuilder(server.uri("/webhooks"))
                .header("X-API-KEY", key)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(CREATE))
                .build());
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(tree(text).get("message").asText()).isEqualTo(ApiError.INVALID_CONTENT_TYPE.message());
    }

    @Test
    void the_same_url_twice_and_a_sixth_webhook_are_refused_with_pluggys_messages() {
        String key = newApp();
        send(key, "POST", "/webhooks", CREATE);

        HttpResponse<String> again = send(key, "POST", "/webhooks", CREATE);
        for (int i = 2; i <= 5; i++) {
            assertThat(send(key, "POST", "/webhooks", CREATE.replace("/pluggy", "/" + i))
                            .statusCode())
                    .isEqualTo(201);
        }
        HttpResponse<String> sixth = send(key, "POST", "/webhooks", CREATE.replace("/pluggy", "/6"));

        assertThat(again.body())
                .isEqualTo(refusal("A webhook for event 'connector/status_updated' and url"
                        + " 'https://hooks.example/pluggy' already exists."));
        assertThat(sixth.body())
                .isEqualTo(refusal("You have reached the maximum of 5 webhooks for event 'connector/status_updated'."));
    }

    @Test
    void only_an_applications_api_key_reaches_the_webhook_routes() {
        String id = tree(send(server.apiKey, "POST", "/webhooks", CREATE.replace("/pluggy", "/guard")))
                .get("id")
                .asText();
        String connectToken = tree(send(server.apiKey, "POST", "/connect_token", "{}"))
                .get("accessToken")
                .asText();
        String admin = new OperatorSession(server).adminKey;
        String ingest = new OperatorSession(server).newKey("ingester", Role.INGEST);
        String forbidden = "{\"code\":403,\"codeDescription\":\"FORBIDDEN\",\"message\":\""
                + ApiError.FORBIDDEN_ROLE.message("application") + "\"}";
        List<String[]> routes = List.of(
                new String[] {"POST", "/webhooks", CREATE},
                new String[] {"GET", "/webhooks", null},
                new String[] {"GET", "/webhooks/" + id, null},
                new String[] {"PATCH", "/webhooks/" + id, "{}"},
                new String[] {"DELETE", "/webhooks/" + id, null});

        for (String[] route : routes) {
            String name = route[0] + " " + route[1];
            assertThat(send(connectToken, route[0], route[1], route[2]).body())
                    .as(name)
                    .isEqualTo(OperatorSession.NOT_AUTHENTICATED);
            assertThat(send("forged", route[0], route[1], route[2]).body())
                    .as(name)
                    .isEqualTo(OperatorSession.NOT_AUTHENTICATED);
            assertThat(send(admin, route[0], route[1], route[2]).body())
                    .as(name)
                    .isEqualTo(forbidden);
            assertThat(send(ingest, route[0], route[1], route[2]).statusCode())
                    .as(name)
                    .isEqualTo(403);
        }
        assertThat(send(server.apiKey, "GET", "/webhooks/" + id, null).statusCode())
                .isEqualTo(200);
    }
}

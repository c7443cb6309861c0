package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.credential.Language;
import dev.plugboard.domain.credential.ValidationMessage;
import dev.plugboard.http.wire.ApiError;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidateRoutesTest {
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

    private static String message(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("message").asText();
    }

    @Test
    void valid_parameters_get_200_with_no_errors_and_the_password_masked() {
        HttpResponse<String> response =
                server.postJson("/connectors/2/validate", "{\"user\":\"user-ok\",\"password\":\"password-ok\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"parameters\":{\"user\":\"user-ok\",\"password\":\"********\"},\"errors\":[]}");
    }

    @Test
    void invalid_parameters_get_200_with_every_failing_field() {
        HttpResponse<String> response =
                server.postJson("/connectors/2/validate", "{\"user\":\"bob\",\"password\":\"123\",\"extra\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo(
                        "{\"parameters\":{\"user\":\"bob\",\"password\":\"********\"},\"errors\":["
                                + "{\"code\":\"002\",\"message\":\"O user deve começar com \\\"user-\\\"\",\"parameter\":\"user\"},"
                                + "{\"code\":\"002\",\"message\":\"A senha deve ter entre 6 e 20 caracteres\",\"parameter\":\"password\"}]}");
    }

    @Test
    void missing_and_empty_required_parameters_are_code_001() {
        HttpResponse<String> response = server.postJson("/connectors/2/validate", "{\"user\":\"\"}");

        assertThat(response.body())
                .isEqualTo("{\"parameters\":{\"user\":\"\"},\"errors\":["
                        + "{\"code\":\"001\",\"message\":\""
                        + ValidationMessage.MISSING_REQUIRED.text(Language.PT_BR, "user")
                        + "\",\"parameter\":\"user\"},"
                        + "{\"code\":\"001\",\"message\":\""
                        + ValidationMessage.MISSING_REQUIRED.text(Language.PT_BR, "password")
                        + "\",\"parameter\":\"password\"}]}");
    }

    @Test
    void numbers_are_taken_as_their_text_and_null_as_absent() {
        HttpResponse<String> response = server.postJson(
                "/connectors/201/validate", "{\"agency\":1234,\"account\":12345,\"password\":123456,\"profile\":null}");

        assertThat(response.body())
                .isEqualTo(
                        "{\"parameters\":{\"agency\":\"1234\",\"account\":\"12345\",\"password\":\"********\"},\"errors\":[]}");
    }

    @Test
    void a_select_value_outside_its_options_is_code_002() {
        HttpResponse<String> response = server.postJson(
                "/connectors/201/validate",
                "{\"agency\":\"1234\",\"account\":\"1234\",\"password\":\"123456\",\"profile\":\"XX\"}");

        assertThat(response.body())
                .endsWith("\"errors\":[{\"code\":\"002\",\"message\":\""
                        + ValidationMessage.NOT_AN_OPTION.text(Language.PT_BR, "profile", "PF, PJ")
                        + "\",\"parameter\":\"profile\"}]}");
    }

    @Test
    void a_connect_token_may_validate() throws Exception {
        String token = JSON.readTree(server.postJson("/connect_token", "{}").body())
                .get("accessToken")
                .asText();
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/connectors/2/validate"))
                .header("X-API-KEY", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"user-ok\",\"password\":\"password-ok\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_connector_is_pluggys_404() {
        HttpResponse<String> response = server.postJson("/connectors/12345/validate", "{}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo(
                        "{\"code\":404,\"codeDescription\":\"CONNECTOR_NOT_FOUND\",\"message\":\"connector not found\"}");
    }

    @Test
    void a_body_that_is_not_an_object_is_a_400() throws Exception {
        HttpResponse<String> array = server.postJson("/connectors/2/validate", "[\"user\"]");
        HttpResponse<String> nested = server.postJson("/connectors/2/validate", "{\"user\":{\"a\":1}}");

        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(message(array)).isEqualTo(ApiError.BODY_NOT_AN_OBJECT.message());
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(message(nested)).isEqualTo(ApiError.PARAMETER_NOT_A_STRING.message("user"));
    }

    @Test
    void malformed_json_is_a_400_that_never_quotes_the_body() throws Exception {
        HttpResponse<String> response =
                server.postJson("/connectors/2/validate", "{\"user\":\"user-ok\",\"password\":\"hunter2-secret");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("codeDescription").asText())
                .isEqualTo("INVALID_REQUEST_BODY");
        assertThat(response.body()).doesNotContain("hunter2");
    }

    @Test
    void a_body_without_a_json_content_type_is_a_400() throws Exception {
        HttpResponse<String> response = server.send(server.request("/connectors/2/validate")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"user-ok\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(ApiError.INVALID_CONTENT_TYPE.message());
    }

    @Test
    void a_body_over_64_kib_is_a_413() throws Exception {
        String big = "{\"user\":\"" + "a".repeat(64 * 1024) + "\"}";

        HttpResponse<String> response = server.postJson("/connectors/2/validate", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(message(response)).isEqualTo(ApiError.PAYLOAD_TOO_LARGE.message(64 * 1024));
    }

    @Test
    void plugboards_own_messages_follow_accept_language_and_default_to_portuguese() {
        HttpResponse<String> english = server.send(server.request("/connectors/2/validate")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en-US,en;q=0.9,pt-BR;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        HttpResponse<String> portuguese = server.postJson("/connectors/2/validate", "{}");

        assertThat(english.body())
                .isEqualTo(
                        "{\"parameters\":{},\"errors\":[{\"code\":\"001\",\"message\":\"user parameter is required\","
                                + "\"parameter\":\"user\"},{\"code\":\"001\",\"message\":\"password parameter is required\","
                                + "\"parameter\":\"password\"}]}");
        assertThat(portuguese.body())
                .isEqualTo("{\"parameters\":{},\"errors\":[{\"code\":\"001\",\"message\":\""
                        + ValidationMessage.MISSING_REQUIRED.text(Language.PT_BR, "user")
                        + "\",\"parameter\":\"user\"},"
                        + "{\"code\":\"001\",\"message\":\""
                        + ValidationMessage.MISSING_REQUIRED.text(Language.PT_BR, "password")
                        + "\",\"parameter\":\"password\"}]}");
    }
}

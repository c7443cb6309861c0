package dev.plugboard.client;

import static dev.plugboard.client.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status an answer can have, mapped to the exception that says what failed. */
class ErrorMappingTest {
    final ScriptedServer server = ScriptedServer.start();
    final PlugboardClient client = PlugboardClient.builder()
            .baseUri(server.uri())
            .apiKey("key-1")
            .maxRetries(0)
            .build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
        "400, InvalidRequestException, INVALID_CONNECTOR_ID",
        "401, AuthenticationException, CLIENT_DISABLED",
        "403, AuthenticationException, FORBIDDEN",
        "404, NotFoundException, CONNECTOR_NOT_FOUND",
        "405, InvalidRequestException, METHOD_NOT_ALLOWED",
        "409, InvalidRequestException, CONFLICT",
        "413, InvalidRequestException, PAYLOAD_TOO_LARGE",
        "429, RateLimitedException, TOO_MANY_REQUESTS",
        "500, ServerErrorException, INTERNAL_SERVER_ERROR",
        "502, ServerErrorException, BAD_GATEWAY",
        "503, ServerErrorException, SERVICE_UNAVAILABLE",
        "302, PlugboardClientException, FOUND",
    })
    void an_error_answer_maps_to_the_exception_of_its_status_with_every_envelope_field(
            int status, String exception, String codeDescription) {
        server.then(json(
                status,
                "{\"code\":" + status + ",\"codeDescription\":\"" + codeDescription + "\",\"message\":\"Fix it.\"}",
                "X-Request-Id",
                "req-" + status));

        PlugboardClientException e = (PlugboardClientException) catchThrowable(() -> client.connectorRetrieve(7));

        assertThat(e.getClass().getSimpleName()).isEqualTo(exception);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.code()).hasValue(status);
        assertThat(e.codeDescription()).contains(codeDescription);
        assertThat(e.serverMessage()).contains("Fix it.");
        assertThat(e.requestId()).contains("req-" + status);
        assertThat(e.getMessage())
                .isEqualTo("GET /connectors/7 answered " + status + " " + codeDescription + ": Fix it. (request id req-"
                        + status + ")");
    }

    @Test
    void a_404_is_a_not_found_exception_with_pluggys_body() {
        server.then(json(404, Answers.NOT_FOUND));

        Throwable e = catchThrowable(() -> client.connectorRetrieve(99999));

        assertThat(e)
                .isInstanceOf(NotFoundException.class)
                .hasMessage("GET /connectors/99999 answered 404 CONNECTOR_NOT_FOUND: connector not found");
    }

    @Test
    void a_500_without_the_header_names_the_error_id_of_its_body_as_the_request_id() {
        server.then(json(
                500,
                "{\"code\":500,\"codeDescription\":\"INTERNAL_SERVER_ERROR\",\"message\":\"Internal Server Error\","
                        + "\"errorId\":\"e-123\"}"));

        ServerErrorException e = (ServerErrorException) catchThrowable(() -> client.connectorsValidate(2, Map.of()));

        assertThat(e.requestId()).contains("e-123");
    }

    @Test
    void an_error_body_that_is_not_json_leaves_the_envelope_fields_empty() {
        server.then(json(502, "<html>Bad Gateway</html>"));

        ServerErrorException e = (ServerErrorException) catchThrowable(() -> client.connectorRetrieve(2));

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.code()).isEmpty();
        assertThat(e.codeDescription()).isEmpty();
        assertThat(e.serverMessage()).isEmpty();
        assertThat(e.requestId()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("GET /connectors/2 answered 502");
    }

    @Test
    void a_successful_answer_that_is_not_json_is_a_plugboard_client_exception_naming_the_call() {
        server.then(json(200, "<html>captive portal</html>", "X-Request-Id", "req-html"));

        Throwable e = catchThrowable(() -> client.connectorRetrieve(2));

        assertThat(e.getClass()).isEqualTo(PlugboardClientException.class);
        assertThat(((PlugboardClientException) e).statusCode()).isEqualTo(200);
        assertThat(((PlugboardClientException) e).requestId()).contains("req-html");
        assertThat(e.getMessage())
                .startsWith(
                        "GET /connectors/2 answered 200 with a body the client cannot read: the body is not JSON (");
    }

    @Test
    void a_successful_answer_of_the_wrong_shape_says_which_field_is_wrong() {
        server.then(
                json(200, "{\"id\":\"two\"}"),
                json(200, "[1,2]"),
                json(200, "{\"page\":1,\"total\":1,\"totalPages\":1,\"results\":{}}"));

        Throwable idNotANumber = catchThrowable(() -> client.connectorRetrieve(2));
        Throwable notAnObject = catchThrowable(() -> client.connectorRetrieve(2));
        Throwable resultsNotAnArray = catchThrowable(() -> client.connectorsList(ConnectorQuery.all()));

        assertThat(idNotANumber)
                .hasMessage("GET /connectors/2 answered 200 with a body the client cannot read:"
                        + " field 'id' of a connector must be a whole number, got \"two\"");
        assertThat(notAnObject)
                .hasMessage("GET /connectors/2 answered 200 with a body the client cannot read:"
                        + " a connector must be a JSON object, got ARRAY");
        assertThat(resultsNotAnArray)
                .hasMessage("GET /connectors answered 200 with a body the client cannot read:"
                        + " field 'results' of a connector list must be an array");
    }
}

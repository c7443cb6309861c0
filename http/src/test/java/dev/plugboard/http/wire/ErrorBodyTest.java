package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {
    private static byte[] bytesOf(ApiError error, Object... args) {
        return ErrorBody.of(error, error.message(args)).toBytes();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writes_the_not_authenticated_403_without_a_code_description() {
        assertThat(bytesOf(ApiError.NOT_AUTHENTICATED))
                .isEqualTo(utf8("{\"code\":403,\"message\":\"Missing or invalid authorization token\"}"));
    }

    @Test
    void writes_pluggys_connector_not_found_404() {
        assertThat(bytesOf(ApiError.CONNECTOR_NOT_FOUND))
                .isEqualTo(
                        utf8(
                                "{\"code\":404,\"codeDescription\":\"CONNECTOR_NOT_FOUND\",\"message\":\"connector not found\"}"));
    }

    @Test
    void writes_pluggys_401s_for_bad_client_keys_and_a_disabled_client() {
        assertThat(bytesOf(ApiError.CLIENT_KEYS_UNAUTHORIZED))
                .isEqualTo(utf8("{\"code\":401,\"codeDescription\":\"CLIENT_KEYS_UNAUTHORIZED\","
                        + "\"message\":\"Client keys are invalid\"}"));
        assertThat(bytesOf(ApiError.CLIENT_DISABLED))
                .isEqualTo(utf8(
                        "{\"code\":401,\"codeDescription\":\"CLIENT_DISABLED\",\"message\":\"Client is disabled\"}"));
    }

    @Test
    void writes_pluggys_429_message_first_as_its_rate_limit_documentation_shows_it() {
        assertThat(bytesOf(ApiError.TOO_MANY_REQUESTS))
                .isEqualTo(utf8("{\"message\":\"Too many requests. Please try again later (see Retry-After header"
                        + " in seconds)\",\"code\":429}"));
    }

    @Test
    void writes_the_overload_503_in_the_usual_order() {
        assertThat(bytesOf(ApiError.OVERLOADED))
                .isEqualTo(utf8("{\"code\":503,\"codeDescription\":\"SERVICE_UNAVAILABLE\",\"message\":\"The server is"
                        + " too busy to start this request now; nothing was done. Retry after the number of seconds in"
                        + " the Retry-After header.\"}"));
    }

    @Test
    void writes_the_error_id_last_on_a_500() {
        ErrorBody body = ErrorBody.of(ApiError.INTERNAL_SERVER_ERROR, ApiError.INTERNAL_SERVER_ERROR.message())
                .withErrorId("abc");

        assertThat(body.toBytes())
                .isEqualTo(utf8("{\"code\":500,\"codeDescription\":\"INTERNAL_SERVER_ERROR\","
                        + "\"message\":\"Internal Server Error\",\"errorId\":\"abc\"}"));
    }

    @Test
    void writes_a_filled_message_with_its_quotes_escaped() {
        assertThat(bytesOf(ApiError.INVALID_QUERY_PARAMETER, "countries", "[\"BR\"", "bad."))
                .isEqualTo(utf8("{\"code\":400,\"codeDescription\":\"INVALID_QUERY_PARAMETER\","
                        + "\"message\":\"Query parameter 'countries' has an invalid value '[\\\"BR\\\"': bad.\"}"));
    }

    @Test
    void builds_the_body_from_the_status_and_code_description_of_its_error() {
        assertThat(ErrorBody.of(ApiError.PAYLOAD_TOO_LARGE, "m"))
                .isEqualTo(
                        new ErrorBody(413, Optional.of("PAYLOAD_TOO_LARGE"), "m", Optional.empty(), Optional.empty()));
        assertThat(ErrorBody.of(ApiError.NOT_AUTHENTICATED, "m"))
                .isEqualTo(new ErrorBody(403, Optional.empty(), "m", Optional.empty(), Optional.empty()));
    }
}

package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiErrorTest {
    @Test
    void answers_the_template_itself_when_it_has_no_placeholders() {
        assertThat(ApiError.CONNECTOR_NOT_FOUND.message()).isEqualTo("connector not found");
        assertThat(ApiError.NOT_AUTHENTICATED.message()).isEqualTo("Missing or invalid authorization token");
    }

    @Test
    void fills_the_placeholders_with_the_arguments() {
        assertThat(ApiError.INVALID_FIELD.message("itemId", "must be a UUID"))
                .isEqualTo("Field 'itemId' must be a UUID.");
        assertThat(ApiError.PAYLOAD_TOO_LARGE.message(65536))
                .isEqualTo("The request body is larger than 65536 bytes; send less.");
    }

    @Test
    void cuts_an_argument_longer_than_100_characters_to_100_and_an_ellipsis() {
        String long101 = "x".repeat(101);

        assertThat(ApiError.INVALID_CONNECTOR_ID.message(long101))
                .isEqualTo("Connector id must be a whole number from 0 to 2147483647, such as 201 or 201.0; got '"
                        + "x".repeat(100) + "…'.");
    }

    @Test
    void keeps_an_argument_of_exactly_100_characters_whole() {
        String long100 = "y".repeat(100);

        assertThat(ApiError.DUPLICATE_FIELD.message(long100))
                .isEqualTo("Field '" + long100 + "' appears more than once in the body; send it once.");
    }

    @Test
    void gives_the_status_and_code_description_pluggy_documents() {
        assertThat(ApiError.NOT_AUTHENTICATED.status()).isEqualTo(403);
        assertThat(ApiError.NOT_AUTHENTICATED.codeDescription()).isEqualTo(Optional.empty());
        assertThat(ApiError.CONNECTOR_NOT_FOUND.status()).isEqualTo(404);
        assertThat(ApiError.CONNECTOR_NOT_FOUND.codeDescription()).isEqualTo(Optional.of("CONNECTOR_NOT_FOUND"));
        assertThat(ApiError.INTERNAL_SERVER_ERROR.status()).isEqualTo(500);
        assertThat(ApiError.INVALID_CONNECTOR_ID.status()).isEqualTo(400);
    }

    @Test
    void never_splits_a_character_outside_the_basic_plane_when_it_cuts_an_argument() {
        String value = "a".repeat(99) + "😀" + "b".repeat(10);

        String message = ApiError.DUPLICATE_FIELD.message(value);

        assertThat(message)
                .isEqualTo("Field '" + "a".repeat(99) + "…' appears more than once in the body; send it once.");
    }
}

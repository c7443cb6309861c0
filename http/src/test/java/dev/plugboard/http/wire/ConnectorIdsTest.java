package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorIdsTest {
    @ParameterizedTest
    @CsvSource({
        "201, 201",
        "201.0, 201",
        "201.00, 201",
        "2.00, 2",
        "2.0, 2",
        "0, 0",
        "0.0, 0",
        "007, 7",
        "2147483647, 2147483647",
        "2147483647.0, 2147483647",
    })
    void reads_a_whole_number_with_or_without_a_zero_fraction(String text, int expected) {
        assertThat(ConnectorIds.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "1.5",
                "2.01",
                "-1",
                "+1",
                "1e2",
                "2147483648",
                "4294967296",
                "99999999999999999999",
                "",
                " 1",
                "1 ",
                "0x10",
                "201.",
                ".0",
                "٢٠١",
            })
    void refuses_anything_but_a_whole_number_from_zero_to_max_int(String text) {
        ApiException e = catchThrowableOfType(ApiException.class, () -> ConnectorIds.parse(text));

        assertThat(e.error()).isEqualTo(ApiError.INVALID_CONNECTOR_ID);
        assertThat(e.getMessage()).isEqualTo(ApiError.INVALID_CONNECTOR_ID.message(text));
    }

    @Test
    void quotes_the_refused_id_in_the_message() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> ConnectorIds.parse("abc"));

        assertThat(e.getMessage())
                .isEqualTo(
                        "Connector id must be a whole number from 0 to 2147483647, such as 201 or 201.0; got 'abc'.");
    }

    @Test
    void refuses_a_missing_id_as_null() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> ConnectorIds.parse(null));

        assertThat(e.error()).isEqualTo(ApiError.INVALID_CONNECTOR_ID);
        assertThat(e.getMessage()).isEqualTo(ApiError.INVALID_CONNECTOR_ID.message("null"));
    }
}

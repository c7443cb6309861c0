package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.CredentialFormat.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFormatTest {
    @ParameterizedTest
    @CsvSource({
        "2024-02-29, 2024-02-29",
        "29/02/2024, 2024-02-29",
        "2000-02-29, 2000-02-29",
        "31/12/2025, 2025-12-31",
        "01/01/1900, 1900-01-01",
        "0001-01-01, 0001-01-01",
        "9999-12-31, 9999-12-31"
    })
    void accepts_an_iso_or_brazilian_date_and_parses_it(String value, LocalDate date) {
        assertThat(DATE.check(value)).isEqualTo(FormatVerdict.VALID);
        assertThat(CredentialFormat.parseDate(value)).contains(date);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-02-30",
                "31/04/2025",
                "2023-02-29",
                "29/02/1900",
                "2025-13-01",
                "2025-00-10",
                "2025-01-00",
                "00/01/2025",
                "32/01/2025",
                "0000-01-01",
                "01/01/0000",
                // Month-first (US) order read as dd/MM: month 29 does not exist.
                "02/29/2024"
            })
    void rejects_as_invalid_a_date_the_calendar_does_not_have(String value) {
        assertThat(DATE.check(value)).isEqualTo(FormatVerdict.INVALID);
        assertThat(CredentialFormat.parseDate(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2024-2-29",
                "2024-02-9",
                "2024/02/29",
                "29-02-2024",
                "29/02/24",
                "29.02.2024",
                "20240229",
                "2024-02-29T00:00",
                " 2024-02-29",
                "2024-02-29 ",
                "+2024-02-29",
                "-2024-02-29",
                "12024-02-29",
                "2024-02-2９",
                "２０２４-02-29",
                "2024-0a-29",
                "today"
            })
    void rejects_as_malformed_any_other_shape(String value) {
        assertThat(DATE.check(value)).isEqualTo(FormatVerdict.MALFORMED);
        assertThat(CredentialFormat.parseDate(value)).isEmpty();
    }
}

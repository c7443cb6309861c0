package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.CredentialFormat.CNPJ;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CnpjFormatTest {
    /** The example the Receita Federal publishes for the alphanumeric CNPJ. */
    private static final String OFFICIAL_EXAMPLE = "12.ABC.345/01DE-35";

    @Test
    void accepts_the_official_alphanumeric_cnpj_example() {
        assertThat(CNPJ.check(OFFICIAL_EXAMPLE)).isEqualTo(FormatVerdict.VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12ABC34501DE35",
                "12abc34501de35",
                "12.abc.345/01De-35",
                // Each separator may be left out on its own.
                "12ABC.345/01DE-35",
                "12.ABC345/01DE-35",
                "12.ABC.34501DE-35",
                "12.ABC.345/01DE35",
                // Numeric CNPJs keep their classic check digits.
                "11.222.333/0001-81",
                "11222333000181",
                "00.000.000/0001-91",
                "34028316000103"
            })
    void accepts_numeric_and_alphanumeric_cnpjs_with_correct_check_digits(String value) {
        assertThat(CNPJ.check(value)).isEqualTo(FormatVerdict.VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12ABC34501DE36",
                "12ABC34501DE53",
                "12.ABC.345/01DE-00",
                "12ABD34501DE35",
                "11.222.333/0001-82",
                "11222333000118",
                "00000000000000",
                "00.000.000/0000-00",
                "11111111111111",
                "99.999.999/9999-99"
            })
    void rejects_as_invalid_a_wrong_check_digit_or_one_repeated_digit(String value) {
        assertThat(CNPJ.check(value)).isEqualTo(FormatVerdict.INVALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12ABC34501DE3",
                "12ABC34501DE355",
                "12ABC34501DEA5",
                "12ABC34501DE3A",
                " 12ABC34501DE35",
                "12.ABC.345/01DE-35 ",
                "12.ABC.345.01DE-35",
                "12-ABC-345/01DE-35",
                "12.ABC.345/01DE/35",
                "12.ABC.345/01DE–35",
                "12.ABC.345//01DE-35",
                "1.2ABC.345/01DE-35",
                "12ÁBC34501DE35",
                "12ABC34501DE３５",
                "12ABC 34501DE35",
                "123.456.789-09"
            })
    void rejects_as_malformed_anything_but_14_characters_with_the_cnpj_punctuation(String value) {
        assertThat(CNPJ.check(value)).isEqualTo(FormatVerdict.MALFORMED);
    }

    @Test
    void cannot_detect_a_character_replaced_by_one_worth_22_more() {
        // '1' is worth 1 and 'G' 71 - 48 = 23: every weighted sum changes by a multiple of 11, so
        // the check digits stay 35. The official algorithm has this blind spot; we follow it.
        assertThat(CNPJ.check("G2ABC34501DE35")).isEqualTo(FormatVerdict.VALID);
    }
}

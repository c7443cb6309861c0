package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.CredentialFormat.CPF;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpfFormatTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345678909",
                "123.456.789-09",
                "52998224725",
                "529.982.247-25",
                "111.444.777-35",
                // Each separator may be left out on its own, as Pluggy's ^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$ allows.
                "123.456.78909",
                "123456.789-09",
                "123.456789-09",
                "123456789-09"
            })
    void accepts_a_cpf_with_correct_check_digits_plain_or_punctuated(String value) {
        assertThat(CPF.check(value)).isEqualTo(FormatVerdict.VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345678900",
                "12345678919",
                "123.456.789-10",
                "529.982.247-52",
                "00000000000",
                "11111111111",
                "111.111.111-11",
                "999.999.999-99"
            })
    void rejects_as_invalid_a_wrong_check_digit_or_one_repeated_digit(String value) {
        assertThat(CPF.check(value)).isEqualTo(FormatVerdict.INVALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1234567890",
                "123456789090",
                "123.456.789-0",
                " 12345678909",
                "12345678909 ",
                "12345678909\n",
                "123 456 789 09",
                "123.456.789.09",
                "123-456-789-09",
                "123.456.789/09",
                "123..456.789-09",
                "12.3456.789-09",
                "123.456.789-09-",
                "1234567890a",
                "١٢٣٤٥٦٧٨٩٠٩",
                "１２３４５６７８９０９",
                "12ABC34501DE35"
            })
    void rejects_as_malformed_anything_but_11_digits_with_the_cpf_punctuation(String value) {
        assertThat(CPF.check(value)).isEqualTo(FormatVerdict.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"70499962206", "80499962206"})
    void cannot_tell_apart_cpfs_whose_first_digits_differ_by_one_when_the_check_digits_coincide(String value) {
        // The first digit has weight 11 (zero modulo 11) in the second check digit, and remainders
        // 0 and 1 both give the first check digit 0: the official scheme misses this change.
        assertThat(CPF.check(value)).isEqualTo(FormatVerdict.VALID);
    }
}

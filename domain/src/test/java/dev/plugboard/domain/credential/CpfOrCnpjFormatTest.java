package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.CredentialFormat.CPF_OR_CNPJ;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpfOrCnpjFormatTest {
    @ParameterizedTest
    @CsvSource(
            emptyValue = "",
            value = {
                "12345678909, VALID",
                "123.456.789-09, VALID",
                "123.456.78909, VALID",
                "12.ABC.345/01DE-35, VALID",
                "11222333000181, VALID",
                "12345678900, INVALID",
                "111.111.111-11, INVALID",
                "11.222.333/0001-82, INVALID",
                "00000000000000, INVALID",
                "'', MALFORMED",
                "1234567890, MALFORMED",
                "123456789012, MALFORMED",
                "1234567890123, MALFORMED",
                "123456789012345, MALFORMED",
                "12ABC345678, MALFORMED",
                "123.456.789/0001-09, MALFORMED",
                "' 12345678909', MALFORMED"
            })
    void checks_11_digits_as_a_cpf_and_14_characters_as_a_cnpj(String value, FormatVerdict verdict) {
        assertThat(CPF_OR_CNPJ.check(value)).isEqualTo(verdict);
    }
}

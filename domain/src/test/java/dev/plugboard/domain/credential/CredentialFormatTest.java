package dev.plugboard.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialFormatTest {
    @Test
    void offers_exactly_the_formats_of_issue_3_in_wire_order() {
        assertThat(Arrays.stream(CredentialFormat.values()).map(Enum::name))
                .containsExactly("CPF", "CNPJ", "CPF_OR_CNPJ", "EMAIL", "PHONE_BR", "DATE", "ETH_ADDRESS");
    }

    @ParameterizedTest
    @EnumSource(CredentialFormat.class)
    void reads_each_format_from_its_wire_name(CredentialFormat format) {
        assertThat(CredentialFormat.fromWire(format.name())).contains(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cpf", "Cpf", " CPF", "CPF ", "CPF-OR-CNPJ", "PHONE", "ETHADDRESS", "CNPJ_ALFA"})
    void knows_no_format_by_any_other_spelling(String text) {
        assertThat(CredentialFormat.fromWire(text)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CredentialFormat.class)
    void calls_a_huge_value_malformed(CredentialFormat format) {
        String[] huge = {"1".repeat(10_000_000), "a@" + "b".repeat(10_000_000) + ".com", "😀".repeat(1_000_000)};

        for (String value : huge) {
            assertThat(format.check(value)).isEqualTo(FormatVerdict.MALFORMED);
        }
    }

    @ParameterizedTest
    @EnumSource(CredentialFormat.class)
    void refuses_null_because_callers_leave_absent_values_out(CredentialFormat format) {
        assertThatNullPointerException().isThrownBy(() -> format.check(null));
    }
}

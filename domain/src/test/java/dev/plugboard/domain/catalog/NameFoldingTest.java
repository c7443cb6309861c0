package dev.plugboard.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameFoldingTest {

    @ParameterizedTest
    @ValueSource(strings = {"ITAÚ", "Itaú", "itau", "ITAU", "Itau\u0301", "ＩＴＡＵ"})
    void folds_every_spelling_of_itau_to_itau(String spelling) {
        assertThat(NameFolding.fold(spelling)).isEqualTo("itau");
    }

    @Test
    void lowers_the_case_and_keeps_single_spaces() {
        assertThat(NameFolding.fold("Banco do Brasil")).isEqualTo("banco do brasil");
        assertThat(NameFolding.fold("banco do")).isEqualTo("banco do");
    }

    @Test
    void collapses_runs_of_white_space_into_one_space() {
        assertThat(NameFolding.fold("Banco \t do\n\r\nBrasil")).isEqualTo("banco do brasil");
    }

    @Test
    void treats_a_no_break_space_as_a_space() {
        assertThat(NameFolding.fold("Banco\u00A0\u2003do")).isEqualTo("banco do");
    }

    @Test
    void trims_white_space_at_both_ends() {
        assertThat(NameFolding.fold("  \t Banco do Brasil \n ")).isEqualTo("banco do brasil");
    }

    @Test
    void removes_the_cedilla_tilde_and_acute_accents() {
        assertThat(NameFolding.fold("Ação")).isEqualTo("acao");
        assertThat(NameFolding.fold("São Paulo")).isEqualTo("sao paulo");
        assertThat(NameFolding.fold("Crédito Econômico")).isEqualTo("credito economico");
        assertThat(NameFolding.fold("ÇÃÉ")).isEqualTo("cae");
    }

    @Test
    void splits_compatibility_ligatures() {
        assertThat(NameFolding.fold("ﬁnanceira")).isEqualTo("financeira");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n ", "\u00A0"})
    void folds_empty_and_blank_text_to_the_empty_string(String blank) {
        assertThat(NameFolding.fold(blank)).isEmpty();
    }
}

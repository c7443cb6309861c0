package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.credential.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptLanguageTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "NULL | PT_BR",
                "'' | PT_BR",
                "en | EN",
                "en-US | EN",
                "EN-gb | EN",
                "pt-BR | PT_BR",
                "pt | PT_BR",
                "fr-FR, en;q=0.5 | EN",
                "pt-BR;q=0.8, en;q=0.9 | EN",
                "en;q=0.8, pt-BR;q=0.9 | PT_BR",
                "en;q=0.9, pt;q=0.9 | EN",
                "en;q=0 | PT_BR",
                "* | PT_BR",
                "fr, de | PT_BR",
                "en;q=abc | PT_BR",
                "en;q=2 | PT_BR",
                "de;q=1, en-US;q=0.1 | EN"
            })
    void chooses_the_preferred_supported_language(String header, Language expected) {
        assertThat(AcceptLanguage.choose(header)).isEqualTo(expected);
    }
}

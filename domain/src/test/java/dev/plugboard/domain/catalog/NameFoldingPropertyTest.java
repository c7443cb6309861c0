package dev.plugboard.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameFoldingPropertyTest {

    @Property(tries = 2000)
    void folding_is_idempotent(@ForAll("names") String text) {
        String folded = NameFolding.fold(text);

        assertThat(NameFolding.fold(folded)).isEqualTo(folded);
    }

    @Property(tries = 2000)
    void folded_text_has_no_outer_or_doubled_spaces(@ForAll("names") String text) {
        String folded = NameFolding.fold(text);

        assertThat(folded).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings()
                        .alpha()
                        .withChars("ÁÃÂÇÉÊÍÓÕÚÜáãâçéêíóõúü \t\n\u00A0\u0301\u0303ΣσςİıẞßﬁＡ")
                        .ofMaxLength(40));
    }
}

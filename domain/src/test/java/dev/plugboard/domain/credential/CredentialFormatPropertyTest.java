package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.CredentialFormat.CNPJ;
import static dev.plugboard.domain.credential.CredentialFormat.CPF;
import static dev.plugboard.domain.credential.CredentialFormat.CPF_OR_CNPJ;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the CPF and CNPJ checks. "Any single-character change fails" is not a property of
 * the official check digits: a change can keep both digits (see {@link CnpjFormatTest} and
 * {@link CpfFormatTest} for examples), for roughly 6 % of the changes to an alphanumeric CNPJ and
 * well under 1 % otherwise. So changes are held to the independent reference model in {@link
 * Documents}, and to the stronger rules that do hold for every change.
 */
class CredentialFormatPropertyTest {
    /** A valid document, a position in it and a replacement for the character there. */
    record Change(String original, int position, String replacement) {
        String changed() {
            return original.substring(0, position) + replacement + original.substring(position + 1);
        }

        boolean replacesWithSomethingElse() {
            return !replacement.equals(original.substring(position, position + 1));
        }
    }

    @Property
    void every_generated_cpf_is_valid_plain_and_punctuated(@ForAll("cpfs") String cpf) {
        assertThat(CPF.check(cpf)).isEqualTo(FormatVerdict.VALID);
        assertThat(CPF_OR_CNPJ.check(cpf)).isEqualTo(FormatVerdict.VALID);
    }

    @Property
    void every_generated_cnpj_is_valid_plain_and_punctuated(@ForAll("cnpjs") String cnpj) {
        assertThat(CNPJ.check(cnpj)).isEqualTo(FormatVerdict.VALID);
        assertThat(CPF_OR_CNPJ.check(cnpj)).isEqualTo(FormatVerdict.VALID);
    }

    @Property(tries = 5000)
    void any_single_character_change_of_a_cpf_gets_the_reference_verdict(@ForAll("cpfChanges") Change change) {
        FormatVerdict verdict = CPF.check(change.changed());

        assertThat(verdict).isEqualTo(Documents.expectedCpfVerdict(change.changed()));
        assertThat(CPF_OR_CNPJ.check(change.changed())).isEqualTo(Documents.expectedCpfOrCnpjVerdict(change.changed()));
        coverBothFailures(verdict);
    }

    @Property(tries = 5000)
    void any_single_character_change_of_a_cnpj_gets_the_reference_verdict(@ForAll("cnpjChanges") Change change) {
        FormatVerdict verdict = CNPJ.check(change.changed());

        assertThat(verdict).isEqualTo(Documents.expectedCnpjVerdict(change.changed()));
        assertThat(CPF_OR_CNPJ.check(change.changed())).isEqualTo(Documents.expectedCpfOrCnpjVerdict(change.changed()));
        coverBothFailures(verdict);
        // Lower-case letters and the blind spots of the check digits: the model must meet some.
        Statistics.label("valid changes").collect(verdict == FormatVerdict.VALID);
        Statistics.label("valid changes")
                .coverage(coverage -> coverage.check(true).count(count -> count > 0));
    }

    @Property(tries = 2000)
    void a_cpf_changed_to_anything_but_an_ascii_letter_or_digit_is_malformed(
            @ForAll("cpfChangesToOtherCharacters") Change change) {
        assertThat(CPF.check(change.changed())).isEqualTo(FormatVerdict.MALFORMED);
    }

    @Property(tries = 2000)
    void a_cnpj_changed_to_anything_but_an_ascii_letter_or_digit_is_malformed(
            @ForAll("cnpjChangesToOtherCharacters") Change change) {
        assertThat(CNPJ.check(change.changed())).isEqualTo(FormatVerdict.MALFORMED);
    }

    @Property(tries = 2000)
    void a_cpf_with_a_changed_check_digit_is_never_valid(@ForAll("cpfCheckDigitChanges") Change change) {
        assertThat(CPF.check(change.changed())).isNotEqualTo(FormatVerdict.VALID);
    }

    @Property(tries = 2000)
    void a_cnpj_with_a_changed_check_digit_is_never_valid(@ForAll("cnpjCheckDigitChanges") Change change) {
        assertThat(CNPJ.check(change.changed())).isNotEqualTo(FormatVerdict.VALID);
    }

    @Property(tries = 3000)
    void no_format_throws_on_any_string(@ForAll("anyText") String text) {
        for (CredentialFormat format : CredentialFormat.values()) {
            assertThat(format.check(text)).isNotNull();
        }
        assertThat(CredentialFormat.parseDate(text).isPresent())
                .isEqualTo(CredentialFormat.DATE.check(text) == FormatVerdict.VALID);
    }

    /** Keeps the reference-model properties honest: both kinds of failure must be exercised. */
    private static void coverBothFailures(FormatVerdict verdict) {
        Statistics.label("verdict").collect(verdict);
        Statistics.label("verdict").coverage(coverage -> {
            coverage.check(FormatVerdict.INVALID).percentage(percent -> percent > 5);
            coverage.check(FormatVerdict.MALFORMED).percentage(percent -> percent > 5);
        });
    }

    @Provide
    Arbitrary<String> cpfs() {
        return documents(Documents::cpf, Documents::punctuatedCpf);
    }

    @Provide
    Arbitrary<String> cnpjs() {
        return Arbitraries.oneOf(
                documents(Documents::cnpj, Documents::punctuatedCnpj),
                documents(Documents::alphanumericCnpj, Documents::punctuatedCnpj));
    }

    @Provide
    Arbitrary<Change> cpfChanges() {
        return changes(cpfs(), anywhere(), replacements());
    }

    @Provide
    Arbitrary<Change> cnpjChanges() {
        return changes(cnpjs(), anywhere(), replacements());
    }

    @Provide
    Arbitrary<Change> cpfChangesToOtherCharacters() {
        return changes(cpfs(), anywhere(), otherCharacters());
    }

    @Provide
    Arbitrary<Change> cnpjChangesToOtherCharacters() {
        return changes(cnpjs(), anywhere(), otherCharacters());
    }

    @Provide
    Arbitrary<Change> cpfCheckDigitChanges() {
        return changes(cpfs(), checkDigits(), replacements());
    }

    @Provide
    Arbitrary<Change> cnpjCheckDigitChanges() {
        return changes(cnpjs(), checkDigits(), replacements());
    }

    /** Mostly plausible typing (digits, letters, separators) with a share of anything Unicode has. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> plausible = Arbitraries.strings()
                .withChars("0123456789ABCDEFabcdefxX.-/()+@ ")
                .ofMinLength(8)
                .ofMaxLength(44);
        return Arbitraries.oneOf(plausible, Arbitraries.strings().all().ofMaxLength(60), replacements());
    }

    private static Arbitrary<String> documents(Function<Random, String> plain, Function<String, String> punctuated) {
        Arbitrary<String> plainDocuments = Arbitraries.longs().map(seed -> plain.apply(new Random(seed)));
        return Arbitraries.oneOf(plainDocuments, plainDocuments.map(punctuated));
    }

    /**
     * Changes of a document: {@code position} maps the document's length to the position changed;
     * changes that put back the same character are left out.
     */
    private static Arbitrary<Change> changes(
            Arbitrary<String> documents,
            Arbitrary<Function<Integer, Integer>> position,
            Arbitrary<String> replacements) {
        return Combinators.combine(documents, position, replacements)
                .as((document, at, replacement) -> new Change(document, at.apply(document.length()), replacement))
                .filter(Change::replacesWithSomethingElse);
    }

    private static Arbitrary<Function<Integer, Integer>> anywhere() {
        return Arbitraries.integers().between(0, 17).map(offset -> length -> offset % length);
    }

    private static Arbitrary<Function<Integer, Integer>> checkDigits() {
        return Arbitraries.integers().between(1, 2).map(fromEnd -> length -> length - fromEnd);
    }

    private static Arbitrary<String> otherCharacters() {
        return replacements().filter(replacement -> !replacement.matches("[0-9A-Za-z]"));
    }

    private static Arbitrary<String> replacements() {
        return Arbitraries.oneOf(
                Arbitraries.chars().numeric().map(String::valueOf),
                Arbitraries.chars().range('A', 'Z').map(String::valueOf),
                Arbitraries.chars().range('a', 'z').map(String::valueOf),
                Arbitraries.of(".", "-", "/", " ", "\t", "\n", "\0", "–", "٣", "０", "Ａ", "É", "😀", "\u00a0"),
                Arbitraries.chars().all().map(String::valueOf));
    }
}

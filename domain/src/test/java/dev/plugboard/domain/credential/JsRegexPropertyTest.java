package dev.plugboard.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link JsRegex} over random values and random pattern text. */
class JsRegexPropertyTest {
    private static final List<JsRegex> PATTERNS =
            JsRegexBundledCatalogTest.BUNDLED.stream().map(JsRegex::compile).toList();
    private static final JsRegex ANY_UNITS = JsRegex.compile("^[^]*$");
    private static final JsRegex NO_LINE_TERMINATOR = JsRegex.compile("^.*$");

    @Property(tries = 1000)
    void test_never_throws_for_any_value_lone_surrogates_and_astral_characters_included(
            @ForAll("values") String value) {
        for (JsRegex pattern : PATTERNS) {
            pattern.test(value);
        }
        assertThat(ANY_UNITS.test(value)).isTrue();
    }

    @Property(tries = 1000)
    void dot_fails_exactly_on_line_terminators(@ForAll("values") String value) {
        boolean hasLineTerminator = value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029);

        assertThat(NO_LINE_TERMINATOR.test(value)).isEqualTo(!hasLineTerminator);
    }

    @Property(tries = 300)
    void a_count_counts_utf16_code_units(@ForAll("values") String value) {
        JsRegex exactLength = JsRegex.compile("^[^]{" + value.length() + "}$");

        assertThat(exactLength.test(value)).isTrue();
        assertThat(exactLength.test(value + "\uDC00")).isFalse();
    }

    @Property(tries = 3000)
    void compiling_any_text_either_succeeds_or_refuses_and_never_fails_otherwise(
            @ForAll("patternText") String source, @ForAll("values") String value) {
        JsRegex regex;
        try {
            regex = JsRegex.compile(source);
        } catch (UnsupportedJsRegexException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        regex.test(value);
        assertThat(regex.source()).isEqualTo(source);
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> astral = Arbitraries.integers()
                .between(0x10000, 0x10FFFF)
                .list()
                .ofMaxSize(8)
                .map(codePoints -> codePoints.stream()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
        Arbitrary<String> surrogates = Arbitraries.chars()
                .range('\uD800', '\uDFFF')
                .list()
                .ofMaxSize(8)
                .map(units -> units.stream().map(String::valueOf).reduce("", String::concat));
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                astral,
                surrogates,
                Arbitraries.strings()
                        .withChars("ab1 \n\r\u2028\u00A0\uFEFF\uD83D\uDE00")
                        .ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> patternText() {
        return Arbitraries.strings()
                .withChars("()[]{}\\^$.*+?|-,:=!<>0123456789abcdkuxpsSwWbBDQEz \uD83D\uDE00\u00E9")
                .ofMaxLength(16);
    }
}

package dev.plugboard.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every translation rule of {@link JsRegex}, each with inputs JavaScript accepts and rejects (the
 * answers were taken from Node.js; {@code JsRegexDifferentialIT} checks them against it on every
 * build).
 */
class JsRegexTranslationTest {
    private static final String EMOJI = "\uD83D\uDE00";

    private static void assertAnswers(String pattern, boolean expected, String... inputs) {
        JsRegex regex = JsRegex.compile(pattern);
        for (String input : inputs) {
            assertThat(regex.test(input))
                    .as("/%s/.test(%s) via %s", pattern, show(input), regex.re2())
                    .isEqualTo(expected);
        }
    }

    private static String show(String value) {
        StringBuilder shown = new StringBuilder("\"");
        value.chars().forEach(c -> shown.append(c < 0x20 || c > 0x7E ? "\\u%04X".formatted(c) : (char) c));
        return shown.append('"').toString();
    }

    @Test
    void dot_matches_any_code_unit_except_the_four_line_terminators() {
        assertAnswers("^.$", true, "a", "\u0085", "\t", "\u000B", "\u0000", "\uD800", "\uFFFF");
        assertAnswers("^.$", false, "\n", "\r", "\u2028", "\u2029", "");
        assertThat(JsRegex.compile("^.$").re2()).isEqualTo("^[^\\n\\r\\x{2028}\\x{2029}]$");
    }

    @Test
    void backslash_s_is_javascripts_whitespace_and_line_terminators_not_ascii_only() {
        assertAnswers(
                "^\\s$", true, "\t", "\n", "\u000B", "\f", "\r", " ", "\u00A0", "\u1680", "\u2000", "\u200A", "\u2028",
                "\u2029", "\u202F", "\u205F", "\u3000", "\uFEFF");
        assertAnswers("^\\s$", false, "\u200B", "\u180E", "\u0085", "x", "");
        assertAnswers("^[\\s]+$", true, " \u00A0\uFEFF");
        assertAnswers("^[^\\s]$", false, "\u3000");
    }

    @Test
    void backslash_capital_s_is_the_exact_complement_outside_and_inside_brackets() {
        assertAnswers("^\\S$", true, "a", "\u200B", "\uD83D");
        assertAnswers("^\\S$", false, "\u00A0", "\uFEFF", " ");
        assertAnswers("^[\\S]$", false, "\u00A0");
        assertAnswers("^[a\\S]$", false, "\t");
        assertAnswers("^[^\\S]$", true, "\uFEFF");
        assertAnswers("^[^\\S]$", false, "a");
        assertAnswers("^[\\S\\d]$", false, "\u00A0");
        assertAnswers("^[^\\S\\d]$", true, " ");
        assertAnswers("^[^\\S\\d]$", false, "5");
        assertAnswers("^[\\s\\S]$", true, "\n", "a", "\uDE00");
    }

    @Test
    void digit_and_word_classes_and_boundaries_are_ascii_as_in_both_dialects() {
        assertAnswers("^\\d$", true, "5");
        assertAnswers("^\\d$", false, "\u0665", "\uFF15");
        assertAnswers("^\\w+$", true, "a_Z9");
        assertAnswers("^\\w$", false, "\u00E9");
        assertAnswers("^\\D\\W$", true, "\u00E9\u00E9");
        assertAnswers("\\bcaf", true, "a caf");
        assertAnswers("\\b\u00E9", false, "\u00E9");
        assertAnswers("a\\Bb", true, "ab");
        assertAnswers("a\\Bb", false, "a b");
    }

    @Test
    void backslash_b_inside_brackets_is_backspace() {
        assertAnswers("^[\\b]$", true, "\b");
        assertAnswers("^[\\b]$", false, "b", "\\");
        assertThat(JsRegex.compile("[\\b]\\b").re2()).isEqualTo("\\x{8}\\b");
    }

    @Test
    void unicode_and_hex_escapes_are_code_units_and_incomplete_ones_are_letters() {
        assertAnswers("^\\u00e9$", true, "\u00E9");
        assertAnswers("^\\u00E9$", false, "e");
        assertAnswers("^\\x41$", true, "A");
        assertAnswers("^\\x41$", false, "x41");
        assertAnswers("^\\u004$", true, "u004");
        assertAnswers("^\\x4$", true, "x4");
        assertAnswers("^\\u{2}$", true, "uu");
        assertAnswers("^\\u{2}$", false, "\u0002");
    }

    @Test
    void backslash_zero_is_nul_and_other_digits_are_legacy_octal_unless_a_group_exists() {
        assertAnswers("^\\0$", true, "\u0000");
        assertAnswers("^\\0$", false, "0");
        assertAnswers("^\\08$", true, "\u00008");
        assertAnswers("^\\012$", true, "\n");
        assertAnswers("^\\101$", true, "A");
        assertAnswers("^\\400$", true, " 0");
        assertAnswers("^(a)\\2$", true, "a\u0002");
        assertAnswers("^\\8$", true, "8");
        assertAnswers("^[\\1]$", true, "\u0001");
    }

    @Test
    void control_escapes_follow_annex_b() {
        assertAnswers("^\\cJ\\cj$", true, "\n\n");
        assertAnswers("^\\cJ$", false, "cJ");
        assertAnswers("^\\c1$", true, "\\c1");
        assertAnswers("^\\c$", true, "\\c");
        assertAnswers("^[\\c1][\\c_]$", true, "\u0011\u001F");
        assertAnswers("^[\\c*]+$", true, "\\c*");
        assertAnswers("^\\t\\n\\r\\f\\v$", true, "\t\n\r\f\u000B");
        assertAnswers("^\\t\\n\\r\\f\\v$", false, "tnrfv");
    }

    @Test
    void identity_escapes_of_letters_are_the_letters_not_re2_escapes() {
        assertAnswers("^\\a\\e\\z\\A\\Q\\E\\p\\C\\y$", true, "aezAQEpCy");
        assertAnswers("^\\a\\e\\z\\A\\Q\\E\\p\\C\\y$", false, "\u0007ezAQEpCy");
        assertAnswers("a\\z", false, "a");
        assertAnswers("^\\Q.\\E$", true, "QxE");
        assertAnswers("^\\p{L}$", true, "p{L}");
        assertAnswers("^\\p{L}$", false, "a");
        assertAnswers("^\\k<a>$", true, "k<a>");
    }

    @Test
    void escaped_punctuation_is_literal() {
        assertAnswers("^\\/\\-\\.\\$\\ \\\\\\{$", true, "/-.$ \\{");
        assertAnswers("^\\/\\-\\.\\$$", false, "/-a$");
    }

    @Test
    void empty_class_matches_nothing_and_negated_empty_class_matches_any_code_unit() {
        assertAnswers("[]", false, "", "a", "[]");
        assertAnswers("a|[]", true, "a");
        assertAnswers("^[^]$", true, "\n", "\u2028", "\uD800");
        assertAnswers("^[^]$", false, EMOJI, "");
        assertAnswers("^[^]{2}$", true, EMOJI);
        assertThat(JsRegex.compile("[]").re2()).isEqualTo("[^\\x{0}-\\x{10ffff}]");
        assertThat(JsRegex.compile("[^]").re2()).isEqualTo("(?s:.)");
    }

    @Test
    void a_dash_next_to_a_class_escape_is_a_member() {
        assertAnswers("^[\\d-z]+$", true, "1-z");
        assertAnswers("^[\\d-z]+$", false, "a");
        assertAnswers("^[a-\\s]+$", true, "a- ");
    }

    @Test
    void braces_that_are_no_whole_quantifier_are_literal() {
        assertAnswers("a{", true, "a{");
        assertAnswers("a{", false, "a");
        assertAnswers("^{foo}$", true, "{foo}");
        assertAnswers("^a{,3}$", true, "a{,3}");
        assertAnswers("^a{,3}$", false, "aaa");
        assertAnswers("^a{1,2$", true, "a{1,2");
        assertAnswers("^a{ 2}$", true, "a{ 2}");
        assertAnswers("^}]$", true, "}]");
    }

    @Test
    void quantifiers_keep_their_counts_written_canonically() {
        assertAnswers("^a{2}$", true, "aa");
        assertAnswers("^a{2}$", false, "aaa");
        assertAnswers("^a{01,3}$", true, "a", "aaa");
        assertAnswers("^a{0}b$", true, "b");
        assertAnswers("^a{2,99999999999}$", true, "a".repeat(3000));
        assertAnswers("^a+?b*?c??$", true, "aab");
        assertThat(JsRegex.compile("a{01,003}?").re2()).isEqualTo("a{1,3}?");
        assertThat(JsRegex.compile("a{2,99999999999}").re2()).isEqualTo("a{2,}");
    }

    @Test
    void anchors_match_only_at_the_ends_of_the_input_even_before_a_final_newline() {
        assertAnswers("^abc$", true, "abc");
        assertAnswers("^abc$", false, "abc\n", "\nabc", "abc\r", "abc\u2028");
        assertAnswers("a$", false, "a\n");
        assertAnswers("^$", false, "\n");
        assertAnswers("^\\d{4}", true, "12345");
    }

    @Test
    void capturing_named_and_non_capturing_groups_are_allowed() {
        assertAnswers("^(?<year>\\d{4})-(?:0[1-9]|1[0-2])$", true, "2024-12");
        assertAnswers("^(?<year>\\d{4})-(?:0[1-9]|1[0-2])$", false, "2024-13");
        assertAnswers("^(a|)+$", true, "", "aaa");
        assertAnswers("^(?:)*$", true, "");
        assertThat(JsRegex.compile("(?<y>a)(b)").re2()).isEqualTo("(?:a)(?:b)");
    }

    @Test
    void the_input_is_counted_in_utf16_code_units_like_javascript() {
        assertAnswers("^.{2}$", true, EMOJI);
        assertAnswers("^.$", false, EMOJI);
        assertAnswers("^\\uD83D\\uDE00$", true, EMOJI);
        assertAnswers("^" + EMOJI + "$", true, EMOJI);
        assertAnswers("^" + EMOJI + "{2}$", true, EMOJI + "\uDE00");
        assertAnswers("^" + EMOJI + "{2}$", false, EMOJI + EMOJI);
        assertAnswers("^[" + EMOJI + "]$", true, "\uD83D", "\uDE00");
        assertAnswers("^[" + EMOJI + "]$", false, EMOJI);
        assertAnswers("^[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]$", true, EMOJI);
        assertAnswers("^[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]$", false, "\uDE00\uD83D");
    }

    @Test
    void lone_surrogates_are_one_character_each() {
        assertAnswers("^.$", true, "\uD800", "\uDFFF");
        assertAnswers("^\\W\\D\\S$", true, "\uDBFF\uDC00\uD800");
        assertAnswers("^[^\\uD83D]$", true, "\uDE00");
        assertAnswers("^[^\\uD83D]$", false, "\uD83D");
        assertAnswers("\\b", false, "\uD800\uDC00");
        assertThat(JsRegex.compile("\\uD83D").re2()).isEqualTo("\\x{f003d}");
    }

    @Test
    void source_and_re2_describe_the_pattern() {
        JsRegex regex = JsRegex.compile("^\\d{3}\\.?\\s$");

        assertThat(regex.source()).isEqualTo("^\\d{3}\\.?\\s$");
        assertThat(regex.re2())
                .isEqualTo("^\\d{3}\\.?[\\t-\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
                        + "\\x{202f}\\x{205f}\\x{3000}\\x{feff}]$");
        assertThat(regex).hasToString("/^\\d{3}\\.?\\s$/");
    }
}

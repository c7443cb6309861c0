package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.JsRegexReader.INVALID_CLASS_ESCAPE;
import static dev.plugboard.domain.credential.JsRegexReader.INVALID_GROUP;
import static dev.plugboard.domain.credential.JsRegexReader.INVALID_GROUP_NAME;
import static dev.plugboard.domain.credential.JsRegexReader.INVALID_NAMED_REFERENCE;
import static dev.plugboard.domain.credential.JsRegexReader.NOTHING_TO_REPEAT;
import static dev.plugboard.domain.credential.JsRegexReader.NUMBERS_OUT_OF_ORDER;
import static dev.plugboard.domain.credential.JsRegexReader.RANGE_OUT_OF_ORDER;
import static dev.plugboard.domain.credential.JsRegexReader.TRAILING_BACKSLASH;
import static dev.plugboard.domain.credential.JsRegexReader.UNMATCHED_PARENTHESIS;
import static dev.plugboard.domain.credential.JsRegexReader.UNTERMINATED_CLASS;
import static dev.plugboard.domain.credential.JsRegexReader.UNTERMINATED_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plugboard.domain.PlugboardException;
import dev.plugboard.domain.credential.UnsupportedJsRegexException.Reason;
import org.junit.jupiter.api.Test;

/** Every pattern {@link JsRegex} refuses, with the exact reason and message it gives. */
class JsRegexRefusalTest {
    private static UnsupportedJsRegexException refusal(String pattern) {
        UnsupportedJsRegexException refusal =
                catchThrowableOfType(UnsupportedJsRegexException.class, () -> JsRegex.compile(pattern));
        assertThat(refusal).as("refusal of %s", pattern).isNotNull();
        return refusal;
    }

    private static void assertRefused(String pattern, Reason reason, String detail) {
        UnsupportedJsRegexException refusal = refusal(pattern);
        assertThat(refusal.reason()).as("reason for %s", pattern).isEqualTo(reason);
        assertThat(refusal).as("message for %s", pattern).hasMessage(reason.message(detail));
    }

    private static void assertSyntaxError(String pattern, String detail, Object argument) {
        assertRefused(pattern, Reason.INVALID_SYNTAX, detail.formatted(argument));
    }

    @Test
    void lookarounds_are_refused_naming_the_construct() {
        assertRefused("a(?=b)", Reason.LOOKAHEAD, "(?=");
        assertRefused("a(?!b)", Reason.LOOKAHEAD, "(?!");
        assertRefused("(?=a)*b", Reason.LOOKAHEAD, "(?=");
        assertRefused("(?<=a)b", Reason.LOOKBEHIND, "(?<=");
        assertRefused("(?<!a)b", Reason.LOOKBEHIND, "(?<!");
    }

    @Test
    void backreferences_are_refused_when_the_group_exists_before_or_after() {
        assertRefused("(a)\\1", Reason.BACKREFERENCE, "\\1");
        assertRefused("\\1(a)", Reason.BACKREFERENCE, "\\1");
        assertRefused("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", Reason.BACKREFERENCE, "\\10");
        assertRefused("(?<n>a)\\k<n>", Reason.BACKREFERENCE, "\\k<n>");
    }

    @Test
    void counts_above_1000_and_patterns_that_multiply_out_above_1000_atoms_are_refused() {
        assertRefused("a{1001}", Reason.REPETITION_COUNT, "{1001}");
        assertRefused("a{2,5000}?", Reason.REPETITION_COUNT, "{2,5000}");
        assertRefused("a{1001,}", Reason.REPETITION_COUNT, "{1001,}");
        assertRefused("(?:a{100}){11}", Reason.TOO_LARGE, "1000");
        assertRefused("((a{1000}){1000}){1000}", Reason.TOO_LARGE, "1000");
        assertRefused("a".repeat(1001), Reason.TOO_LARGE, "1000");
        assertThat(JsRegex.compile("a{1000}").test("a".repeat(1000))).isTrue();
        assertThat(JsRegex.compile("(?:ab){500}").test("ab".repeat(500))).isTrue();
    }

    @Test
    void groups_nested_more_than_100_deep_are_refused() {
        assertRefused("(".repeat(101) + ")".repeat(101), Reason.TOO_DEEP, "100");
        assertThat(JsRegex.compile("(".repeat(100) + "a" + ")".repeat(100)).test("a"))
                .isTrue();
    }

    @Test
    void modifier_groups_and_unusual_group_names_are_refused() {
        assertRefused("(?i:a)", Reason.MODIFIER_GROUP, "(?i:");
        assertRefused("(?-ms:a)", Reason.MODIFIER_GROUP, "(?-ms:");
        assertRefused("(?<\u00E9>a)", Reason.GROUP_NAME, "\u00E9");
        assertRefused("(?<\\u0061>a)", Reason.GROUP_NAME, "\\u0061");
        assertRefused("(?<a>x)(?<a>y)", Reason.DUPLICATE_GROUP_NAME, "a");
        assertRefused("(?<a>x)|(?<a>y)", Reason.DUPLICATE_GROUP_NAME, "a");
    }

    @Test
    void patterns_javascript_rejects_are_refused_as_syntax_errors() {
        assertSyntaxError("(", UNTERMINATED_GROUP, 0);
        assertSyntaxError("a(b(c)", UNTERMINATED_GROUP, 1);
        assertSyntaxError("a)", UNMATCHED_PARENTHESIS, 1);
        assertSyntaxError("[a", UNTERMINATED_CLASS, 0);
        assertSyntaxError("a\\", TRAILING_BACKSLASH, null);
        assertSyntaxError("[\\", TRAILING_BACKSLASH, null);
        assertSyntaxError("*a", NOTHING_TO_REPEAT, 0);
        assertSyntaxError("^*", NOTHING_TO_REPEAT, 1);
        assertSyntaxError("$+", NOTHING_TO_REPEAT, 1);
        assertSyntaxError("\\b+", NOTHING_TO_REPEAT, 2);
        assertSyntaxError("a**", NOTHING_TO_REPEAT, 2);
        assertSyntaxError("a|?", NOTHING_TO_REPEAT, 2);
        assertSyntaxError("{2}", NOTHING_TO_REPEAT, 0);
        assertSyntaxError("a{2}{3}", NOTHING_TO_REPEAT, 4);
        assertSyntaxError("(?<=a)*", NOTHING_TO_REPEAT, 6);
        assertSyntaxError("x{2,1}", NUMBERS_OUT_OF_ORDER, "{2,1}");
        assertSyntaxError("a[z-a]", RANGE_OUT_OF_ORDER, 2);
        assertSyntaxError("[\uD83D\uDE00-\uD83D\uDE4F]", RANGE_OUT_OF_ORDER, 2);
        assertSyntaxError("(?x)", INVALID_GROUP, 0);
        assertSyntaxError("(?P<a>x)", INVALID_GROUP, 0);
        assertSyntaxError("(?<1a>x)", INVALID_GROUP_NAME, 0);
        assertSyntaxError("(?<a", INVALID_GROUP_NAME, 0);
        assertSyntaxError("(?<a>x)\\k", INVALID_NAMED_REFERENCE, 7);
        assertSyntaxError("(?<a>x)\\k<b>", INVALID_NAMED_REFERENCE, 7);
        assertSyntaxError("(?<a>x)[\\k]", INVALID_CLASS_ESCAPE, 8);
    }

    @Test
    void a_syntax_error_wins_over_an_earlier_unsupported_construct() {
        assertSyntaxError("(?=a)(", UNTERMINATED_GROUP, 5);
        assertSyntaxError("(a)\\1*+", NOTHING_TO_REPEAT, 6);
    }

    @Test
    void the_first_unsupported_construct_is_the_one_reported() {
        assertRefused("(?<=a)(b)\\1(?=c)", Reason.LOOKBEHIND, "(?<=");
        assertRefused("(b)\\1a{2000}", Reason.BACKREFERENCE, "\\1");
    }

    @Test
    void messages_read_as_documented_and_hold_only_the_patterns_own_text() {
        assertThat(refusal("a(?=b)")).hasMessage("uses a lookahead (?=…), which cannot run in linear time");
        assertThat(refusal("(?<!a)")).hasMessage("uses a lookbehind (?<!…), which cannot run in linear time");
        assertThat(refusal("(a)\\1")).hasMessage("uses the backreference \\1, which cannot run in linear time");
        assertThat(refusal("a{1001}")).hasMessage("uses the repetition count {1001}, above the 1000 that RE2J allows");
        assertThat(refusal("(?:a{100}){11}"))
                .hasMessage("holds more than 1000 characters and classes once its repetitions are multiplied out,"
                        + " too many to match quickly");
        assertThat(refusal("(?i:a)")).hasMessage("uses the modifier group (?i:…), which Plugboard does not support");
        assertThat(refusal("(?<é>a)"))
                .hasMessage(
                        "uses the group name <é>, which Plugboard does not support (only ASCII letters, digits, _ and $)");
        assertThat(refusal("(?<a>x)(?<a>y)"))
                .hasMessage("uses the group name <a> twice, which Plugboard does not support");
        assertThat(refusal("x{2,1}"))
                .hasMessage(
                        "is not a valid JavaScript regular expression: numbers out of order in the quantifier {2,1}");
        assertThat(refusal("a**"))
                .hasMessage("is not a valid JavaScript regular expression: nothing to repeat at index 2");
        assertThat(refusal("(".repeat(101)))
                .hasMessage("nests groups more than 100 deep, deeper than Plugboard compiles");
        assertThat(Reason.RE2J_REJECTED.message("invalid repeat count"))
                .isEqualTo("cannot be compiled by RE2J: invalid repeat count");
    }

    @Test
    void a_refusal_is_a_plugboard_exception() {
        assertThat(refusal("(?=a)")).isInstanceOf(PlugboardException.class);
    }
}

package dev.plugboard.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code validation} patterns of the bundled catalog ({@code app/…/catalog/bundled-catalog.json},
 * every distinct value, copied here) compile and answer as JavaScript does, also for adversarial
 * 100,000-character values: RE2J needs no backtracking, so each answer comes back at once.
 */
class JsRegexBundledCatalogTest {
    static final String USER = "^user-.{2,50}$";
    static final String PASSWORD_6_20 = "^.{6,20}$";
    static final String SIX_DIGITS = "^\\d{6}$";
    static final String FOUR_DIGITS = "^\\d{4}$";
    static final String AGENCY_WITH_DIGIT = "^\\d{4,6}-?\\d?$";
    static final String ACCOUNT_WITH_DIGIT = "^\\d{1,7}-?\\d$";
    static final String CPF = "^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$";
    static final String SIX_TO_EIGHT_DIGITS = "^\\d{6,8}$";
    static final String ALPHANUMERIC_4_20 = "^[A-Za-z0-9]{4,20}$";
    static final String PASSWORD_4_12 = "^.{4,12}$";
    static final String AGENCY_WITH_X = "^\\d{4}-?[\\dXx]?$";
    static final String ACCOUNT_WITH_X = "^\\d{1,8}-?[\\dXx]$";
    static final String EIGHT_DIGITS = "^\\d{8}$";
    static final String PASSWORD_6_30 = "^.{6,30}$";
    static final String EMAIL = "^[^@ ]+@[^@ ]+\\.[^@ ]+$";
    static final String ALPHANUMERIC_3_20 = "^[A-Za-z0-9]{3,20}$";
    static final String PASSWORD_6_8 = "^.{6,8}$";
    static final String PROFILE = "^(MASTER|OPERADOR)$";
    static final String CNPJ = "^\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2}$";

    static final List<String> BUNDLED = List.of(
            USER,
            PASSWORD_6_20,
            SIX_DIGITS,
            FOUR_DIGITS,
            AGENCY_WITH_DIGIT,
            ACCOUNT_WITH_DIGIT,
            CPF,
            SIX_TO_EIGHT_DIGITS,
            ALPHANUMERIC_4_20,
            PASSWORD_4_12,
            AGENCY_WITH_X,
            ACCOUNT_WITH_X,
            EIGHT_DIGITS,
            PASSWORD_6_30,
            EMAIL,
            ALPHANUMERIC_3_20,
            PASSWORD_6_8,
            PROFILE,
            CNPJ);

    private static final int ADVERSARIAL_LENGTH = 100_000;

    private static void assertAnswers(String pattern, boolean expected, String... values) {
        JsRegex regex = JsRegex.compile(pattern);
        for (String value : values) {
            String shown = value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
            assertThat(regex.test(value)).as("/%s/.test(%s)", pattern, shown).isEqualTo(expected);
        }
    }

    @Test
    void every_bundled_pattern_compiles() {
        assertThat(BUNDLED).hasSize(19).doesNotHaveDuplicates();
        assertThat(BUNDLED)
                .allSatisfy(
                        pattern -> assertThat(JsRegex.compile(pattern).source()).isEqualTo(pattern));
    }

    @Test
    void bundled_patterns_accept_and_reject_as_javascript_does() {
        assertAnswers(USER, true, "user-ok", "user-\uD83D\uDE00", "user-" + "a".repeat(50));
        assertAnswers(USER, false, "user-x", "user-" + "a".repeat(51), "user-a\nb", "USER-ok", "user-ok\n");
        assertAnswers(PASSWORD_6_20, true, "secret", "\uD83D\uDE00".repeat(10));
        assertAnswers(PASSWORD_6_20, false, "\uD83D\uDE00".repeat(11), "pass\u2028word", "12345");
        assertAnswers(CPF, true, "123.456.789-09", "12345678909", "123456.789-09");
        assertAnswers(CPF, false, "123.456.789-0", "123-456-789.09", "\uFF11".repeat(11), "12345678909\n");
        assertAnswers(CNPJ, true, "12.345.678/0001-95", "12345678000195");
        assertAnswers(CNPJ, false, "12.345.678/0001-9", "AB.345.678/0001-95");
        assertAnswers(EMAIL, true, "name@example.com", "a@b.c");
        assertAnswers(EMAIL, false, "a@b", "a b@c.d", "a@@b.c");
        assertAnswers(PROFILE, true, "MASTER", "OPERADOR");
        assertAnswers(PROFILE, false, "master", "OPERADORES", "MASTER\n");
        assertAnswers(AGENCY_WITH_X, true, "1234", "1234-X", "1234x", "1234-");
        assertAnswers(AGENCY_WITH_X, false, "1234--", "123");
        assertAnswers(ACCOUNT_WITH_X, true, "12345678-X", "1-9");
        assertAnswers(ACCOUNT_WITH_X, false, "123456789-X", "-X");
        assertAnswers(AGENCY_WITH_DIGIT, true, "1234", "123456-7");
        assertAnswers(ACCOUNT_WITH_DIGIT, true, "1234567-8", "12");
        assertAnswers(FOUR_DIGITS, false, "\u0661\u0662\u0663\u0664");
        assertAnswers(ALPHANUMERIC_4_20, false, "abc_123", "\u00E9abc");
    }

    @Test
    void adversarial_100000_character_values_are_answered_for_every_bundled_pattern() {
        List<String> adversarial = List.of(
                "1".repeat(ADVERSARIAL_LENGTH),
                "a".repeat(ADVERSARIAL_LENGTH),
                "user-" + "a".repeat(ADVERSARIAL_LENGTH),
                "\uD83D\uDE00".repeat(ADVERSARIAL_LENGTH / 2),
                "@".repeat(ADVERSARIAL_LENGTH),
                "1-".repeat(ADVERSARIAL_LENGTH / 2));
        for (String pattern : BUNDLED) {
            assertAnswers(pattern, false, adversarial.toArray(String[]::new));
        }
        assertAnswers(EMAIL, true, "a".repeat(ADVERSARIAL_LENGTH) + "@b.c", "a@" + "b.".repeat(ADVERSARIAL_LENGTH));
        assertAnswers(EMAIL, false, "a@" + "b".repeat(ADVERSARIAL_LENGTH) + " .c");
    }

    @Test
    void catastrophic_backtracking_patterns_are_answered_on_100000_characters() {
        assertAnswers("^(a+)+$", true, "a".repeat(ADVERSARIAL_LENGTH));
        assertAnswers("^(a+)+$", false, "a".repeat(ADVERSARIAL_LENGTH - 1) + "!");
        assertAnswers("(x+x+)+y", false, "x".repeat(ADVERSARIAL_LENGTH));
        assertAnswers("(x+x+)+y", true, "x".repeat(ADVERSARIAL_LENGTH - 1) + "y");
        assertAnswers("^(\\d+\\.?)+$", false, "1.".repeat(ADVERSARIAL_LENGTH / 2) + "x");
    }
}

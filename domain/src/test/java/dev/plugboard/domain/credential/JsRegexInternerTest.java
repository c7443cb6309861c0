package dev.plugboard.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsRegexInternerTest {
    private final JsRegexInterner interner = new JsRegexInterner();

    @Test
    void hands_out_one_compiled_instance_per_source() {
        JsRegex first = interner.compile("^\\d{6}$");
        JsRegex again = interner.compile(new String("^\\d{6}$".toCharArray()));

        assertThat(again).isSameAs(first);
        assertThat(interner.size()).isEqualTo(1);
    }

    @Test
    void keeps_different_sources_apart() {
        JsRegex digits = interner.compile("^\\d{6}$");
        JsRegex letters = interner.compile("^[a-z]{6}$");

        assertThat(letters).isNotSameAs(digits);
        assertThat(digits.test("123456")).isTrue();
        assertThat(letters.test("123456")).isFalse();
        assertThat(interner.size()).isEqualTo(2);
    }

    @Test
    void answers_as_a_pattern_compiled_alone() {
        JsRegex shared = interner.compile("^user-.{2,50}$");
        JsRegex alone = JsRegex.compile("^user-.{2,50}$");

        assertThat(shared.re2()).isEqualTo(alone.re2());
        assertThat(shared.test("user-ok")).isTrue();
        assertThat(shared.test("bob")).isFalse();
    }

    @Test
    void refuses_a_bad_source_every_time_it_is_asked_and_keeps_nothing() {
        assertThatThrownBy(() -> interner.compile("(?=a)"))
                .isInstanceOf(UnsupportedJsRegexException.class)
                .extracting(e -> ((UnsupportedJsRegexException) e).reason())
                .isEqualTo(UnsupportedJsRegexException.Reason.LOOKAHEAD);
        assertThatThrownBy(() -> interner.compile("(?=a)")).isInstanceOf(UnsupportedJsRegexException.class);
        assertThat(interner.size()).isZero();
    }
}

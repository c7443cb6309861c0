package dev.plugboard.domain.credential;

import dev.plugboard.domain.PlugboardException;

/**
 * A JavaScript {@code validation} pattern that {@link JsRegex} will not run: JavaScript itself
 * rejects it, or it uses a construct that has no exact linear-time translation. The message is one
 * sentence without a subject ("uses a lookahead (?=…), which cannot run in linear time"), made of
 * fixed words, indexes and fragments of the pattern only, so a caller can prefix it with the
 * connector and credential it belongs to.
 */
public final class UnsupportedJsRegexException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    /** Why a pattern is refused; each constant holds its message template. */
    public enum Reason {
        /** {@code (?=…)} or {@code (?!…)}; the argument is the opening fragment. */
        LOOKAHEAD("uses a lookahead %s…), which cannot run in linear time"),
        /** {@code (?<=…)} or {@code (?<!…)}; the argument is the opening fragment. */
        LOOKBEHIND("uses a lookbehind %s…), which cannot run in linear time"),
        /** {@code \1}–{@code \9…} naming an existing group, or {@code \k<name>}. */
        BACKREFERENCE("uses the backreference %s, which cannot run in linear time"),
        /** A {@code {n,m}} count above 1000. */
        REPETITION_COUNT("uses the repetition count %s, above the 1000 that RE2J allows"),
        /** A pattern whose repetitions multiply out to a program too large to match quickly. */
        TOO_LARGE("holds more than %s characters and classes once its repetitions are multiplied out,"
                + " too many to match quickly"),
        /** Groups nested deeper than the translator recurses. */
        TOO_DEEP("nests groups more than %s deep, deeper than Plugboard compiles"),
        /** ES2025 pattern modifiers such as {@code (?i:…)}, unknown to older engines. */
        MODIFIER_GROUP("uses the modifier group %s…), which Plugboard does not support"),
        /** A group name outside ASCII or written with escapes. */
        GROUP_NAME("uses the group name <%s>, which Plugboard does not support"
                + " (only ASCII letters, digits, _ and $)"),
        /** The same group name twice, which only ES2025 engines allow (in separate alternatives). */
        DUPLICATE_GROUP_NAME("uses the group name <%s> twice, which Plugboard does not support"),
        /** Source text that {@code new RegExp(source)} itself rejects with a SyntaxError. */
        INVALID_SYNTAX("is not a valid JavaScript regular expression: %s"),
        /** The translation was refused by RE2J; the argument is RE2J's error description. */
        RE2J_REJECTED("cannot be compiled by RE2J: %s");

        private final String template;

        Reason(String template) {
            this.template = template;
        }

        /** The message template, with one {@code %s} for the fragment or detail. */
        public String template() {
            return template;
        }

        /** The message of a refusal for this reason about {@code detail}. */
        public String message(String detail) {
            return template.formatted(detail);
        }
    }

    private final Reason reason;

    UnsupportedJsRegexException(Reason reason, String detail) {
        super(reason.message(detail));
        this.reason = reason;
    }

    /** Why the pattern is refused: lets a lint tell JavaScript syntax errors from unsupported constructs. */
    public Reason reason() {
        return reason;
    }
}

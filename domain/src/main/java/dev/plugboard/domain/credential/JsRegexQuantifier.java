package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.JsRegexReader.NUMBERS_OUT_OF_ORDER;

/**
 * A JavaScript quantifier: {@code *}, {@code +}, {@code ?}, {@code {n}}, {@code {n,}} or
 * {@code {n,m}}, each optionally lazy.
 *
 * @param min the least number of repetitions
 * @param max the most, or {@link #UNBOUNDED}
 * @param lazy whether a {@code ?} follows (same {@code test} answers, kept for fidelity)
 * @param text the quantifier's source text, without the lazy {@code ?}
 */
record JsRegexQuantifier(int min, int max, boolean lazy, String text) {
    /** V8 saturates counts at this value, making {@code {2,99999999999}} unbounded like {@code {2,}}. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * The quantifier at the reader, consumed; or null, consuming nothing: a brace that does not
     * start a whole quantifier is a literal character in Annex B.
     */
    static JsRegexQuantifier read(JsRegexReader in) {
        int start = in.position();
        if (in.atEnd()) {
            return null;
        }
        int min = 0;
        int max = UNBOUNDED;
        switch (in.next()) {
            case '*' -> {}
            case '+' -> min = 1;
            case '?' -> max = 1;
            case '{' -> {
                min = in.decimal();
                max = min;
                if (min >= 0 && in.consume(',')) {
                    max = in.lookingAt("}") ? UNBOUNDED : in.decimal();
                }
                if (min < 0 || max < 0 || !in.consume('}')) {
                    in.reset(start);
                    return null;
                }
                if (min > max) {
                    throw in.syntaxError(NUMBERS_OUT_OF_ORDER, in.text(start, in.position()));
                }
            }
            default -> {
                in.reset(start);
                return null;
            }
        }
        String text = in.text(start, in.position());
        return new JsRegexQuantifier(min, max, in.consume('?'), text);
    }

    /** Whether a count is above {@code limit}; an unbounded maximum is no count. */
    boolean exceeds(int limit) {
        return min > limit || (max != UNBOUNDED && max > limit);
    }

    /** How many copies of its atom RE2J compiles: an unbounded tail loops over one copy. */
    long copies() {
        return max == UNBOUNDED ? Math.max(1, min) : max;
    }

    /** RE2 syntax, counts written canonically: RE2 would read {@code {01}} as literal text. */
    String toRe2() {
        String counts = max == min ? "" + min : max == UNBOUNDED ? min + "," : min + "," + max;
        String re2 = text.length() == 1 ? text : "{" + counts + "}";
        return lazy ? re2 + "?" : re2;
    }
}

package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.JsRegexCodeUnits.MAX_SURROGATE;
import static dev.plugboard.domain.credential.JsRegexCodeUnits.MIN_SURROGATE;

import java.util.BitSet;

/**
 * An immutable set of UTF-16 code units, the alphabet of a JavaScript pattern without the {@code u}
 * flag, and its exact RE2J spelling over the input {@link JsRegexCodeUnits} produces. Classes are
 * computed as sets rather than copied as text, so that every union, negation and escape inside
 * brackets ({@code [^\S\d]}) means exactly what it means in JavaScript.
 */
final class JsRegexCharSet {
    private static final int CODE_UNITS = 0x10000;
    /** Matches no code point at all: RE2J accepts an empty class spelled this way. */
    private static final String NOTHING = "[^\\x{0}-\\x{10ffff}]";

    static final JsRegexCharSet EMPTY = new JsRegexCharSet(new BitSet());
    static final JsRegexCharSet DIGITS = range('0', '9');
    static final JsRegexCharSet WORD =
            range('a', 'z').union(range('A', 'Z')).union(DIGITS).union(of('_'));
    /** ECMA-262 WhiteSpace (TAB, VT, FF, ZWNBSP, category Zs) and LineTerminator. */
    static final JsRegexCharSet WHITESPACE = range('\t', '\r')
            .union(of(' ', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'))
            .union(range('\u2000', '\u200a'));
    /** What {@code .} matches without the {@code s} flag: anything but a LineTerminator. */
    static final JsRegexCharSet DOT = of('\n', '\r', '\u2028', '\u2029').complement();

    private final BitSet units;

    private JsRegexCharSet(BitSet units) {
        this.units = units;
    }

    static JsRegexCharSet of(int... codeUnits) {
        BitSet units = new BitSet();
        for (int unit : codeUnits) {
            units.set(unit);
        }
        return new JsRegexCharSet(units);
    }

    static JsRegexCharSet range(int from, int to) {
        BitSet units = new BitSet();
        units.set(from, to + 1);
        return new JsRegexCharSet(units);
    }

    JsRegexCharSet union(JsRegexCharSet other) {
        BitSet units = (BitSet) this.units.clone();
        units.or(other.units);
        return new JsRegexCharSet(units);
    }

    JsRegexCharSet complement() {
        BitSet units = (BitSet) this.units.clone();
        units.flip(0, CODE_UNITS);
        return new JsRegexCharSet(units);
    }

    /** The only code unit of a one-element set, or -1: a class escape like {@code \d} never has one. */
    int singleCodeUnit() {
        return units.cardinality() == 1 ? units.nextSetBit(0) : -1;
    }

    /** One RE2 atom matching exactly the mapped code units of this set. */
    String toRe2() {
        int count = units.cardinality();
        if (count == 0) {
            return NOTHING;
        }
        if (count == CODE_UNITS) {
            return "(?s:.)";
        }
        if (count == 1) {
            return JsRegexCodeUnits.literal(units.nextSetBit(0));
        }
        if (units.equals(DIGITS.units)) {
            return "\\d";
        }
        if (units.equals(WORD.units)) {
            return "\\w";
        }
        if (units.nextClearBit(MIN_SURROGATE) > MAX_SURROGATE) {
            // Holding every surrogate, the set is spelled by what it lacks; what it lacks has no
            // surrogate, and RE2J's negation also covers the mapped surrogates.
            BitSet missing = (BitSet) units.clone();
            missing.flip(0, CODE_UNITS);
            return "[^" + members(missing) + "]";
        }
        return "[" + members(units) + "]";
    }

    private static String members(BitSet units) {
        StringBuilder members = new StringBuilder();
        for (int from = units.nextSetBit(0); from >= 0; from = units.nextSetBit(from)) {
            int to = units.nextClearBit(from) - 1;
            appendRun(members, from, Math.min(to, MIN_SURROGATE - 1));
            appendRun(members, Math.max(from, MIN_SURROGATE), Math.min(to, MAX_SURROGATE));
            appendRun(members, Math.max(from, MAX_SURROGATE + 1), to);
            from = to + 1;
        }
        return members.toString();
    }

    /** Appends {@code from..to} (within one side of the surrogate boundaries), if not empty. */
    private static void appendRun(StringBuilder members, int from, int to) {
        if (from > to) {
            return;
        }
        members.append(JsRegexCodeUnits.classMember(JsRegexCodeUnits.matchable(from)));
        if (to > from) {
            members.append(to > from + 1 ? "-" : "");
            members.append(JsRegexCodeUnits.classMember(JsRegexCodeUnits.matchable(to)));
        }
    }
}

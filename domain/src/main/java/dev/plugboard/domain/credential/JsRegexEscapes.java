package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.JsRegexReader.INVALID_CLASS_ESCAPE;
import static dev.plugboard.domain.credential.JsRegexReader.RANGE_OUT_OF_ORDER;
import static dev.plugboard.domain.credential.JsRegexReader.TRAILING_BACKSLASH;
import static dev.plugboard.domain.credential.JsRegexReader.UNTERMINATED_CLASS;

/**
 * Reads the character-level syntax of a JavaScript pattern without the {@code u} flag, as ECMA-262
 * Annex B defines it: escapes and bracket classes. Each is turned into the set of UTF-16 code units
 * it matches, so no RE2 escape with a different meaning (RE2's {@code \s}, {@code \z}, {@code \Q},
 * {@code \pN}…) is ever emitted.
 */
final class JsRegexEscapes {
    private final JsRegexReader in;
    private final boolean namedGroups;

    JsRegexEscapes(JsRegexReader in, boolean namedGroups) {
        this.in = in;
        this.namedGroups = namedGroups;
    }

    /**
     * An escape outside brackets, the reader just past the backslash, once assertions
     * ({@code \b}, {@code \B}) and references ({@code \1}, {@code \k<name>}) are ruled out.
     */
    JsRegexCharSet atomEscape() {
        JsRegexCharSet classEscape = classEscape();
        return classEscape != null ? classEscape : characterEscape(false);
    }

    /** A bracket class, the reader on its {@code [}. */
    JsRegexCharSet characterClass() {
        int start = in.position();
        in.advance();
        boolean negated = in.consume('^');
        JsRegexCharSet members = JsRegexCharSet.EMPTY;
        while (!in.consume(']')) {
            if (in.atEnd()) {
                throw in.syntaxError(UNTERMINATED_CLASS, start);
            }
            int atomStart = in.position();
            JsRegexCharSet from = classAtom();
            if (!in.atEnd() && in.peek() == '-' && in.has(1) && in.peekAt(1) != ']') {
                in.advance();
                members = members.union(range(from, classAtom(), atomStart));
            } else {
                members = members.union(from);
            }
        }
        return negated ? members.complement() : members;
    }

    private JsRegexCharSet range(JsRegexCharSet from, JsRegexCharSet to, int start) {
        int low = from.singleCodeUnit();
        int high = to.singleCodeUnit();
        if (low < 0 || high < 0) {
            // Annex B: a class escape at either end makes the dash a member, [\d-z] = [\d\-z].
            return from.union(JsRegexCharSet.of('-')).union(to);
        }
        if (low > high) {
            throw in.syntaxError(RANGE_OUT_OF_ORDER, start);
        }
        return JsRegexCharSet.range(low, high);
    }

    private JsRegexCharSet classAtom() {
        int start = in.position();
        char c = in.next();
        if (c != '\\') {
            return JsRegexCharSet.of(c);
        }
        if (in.atEnd()) {
            throw in.syntaxError(TRAILING_BACKSLASH, null);
        }
        if (in.consume('b')) {
            return JsRegexCharSet.of('\b');
        }
        if (namedGroups && in.peek() == 'k') {
            throw in.syntaxError(INVALID_CLASS_ESCAPE, start);
        }
        JsRegexCharSet classEscape = classEscape();
        return classEscape != null ? classEscape : characterEscape(true);
    }

    /** {@code \d \D \s \S \w \W}, consumed, or null. */
    private JsRegexCharSet classEscape() {
        JsRegexCharSet set = switch (in.peek()) {
            case 'd' -> JsRegexCharSet.DIGITS;
            case 'D' -> JsRegexCharSet.DIGITS.complement();
            case 's' -> JsRegexCharSet.WHITESPACE;
            case 'S' -> JsRegexCharSet.WHITESPACE.complement();
            case 'w' -> JsRegexCharSet.WORD;
            case 'W' -> JsRegexCharSet.WORD.complement();
            default -> null;
        };
        if (set != null) {
            in.advance();
        }
        return set;
    }

    /** CharacterEscape (Annex B), the reader just past the backslash. */
    private JsRegexCharSet characterEscape(boolean inClass) {
        char c = in.next();
        int unit = switch (c) {
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            case 'c' -> control(inClass);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> legacyOctal(c - '0');
            case 'x' -> orIdentity(in.hex(2), c);
            case 'u' -> orIdentity(in.hex(4), c);
            // Identity escape: \a, \z, \Q, \p, \8, \/, \- … are the character itself.
            default -> c;
        };
        return JsRegexCharSet.of(unit);
    }

    private static int orIdentity(int value, char escaped) {
        return value >= 0 ? value : escaped;
    }

    /**
     * {@code \cX} with an ASCII letter (or, in a class, a digit or {@code _}) is the control
     * character X mod 32; any other {@code \c} is a literal backslash, and the {@code c} is read
     * again as the next character.
     */
    private int control(boolean inClass) {
        if (!in.atEnd()) {
            char letter = in.peek();
            boolean classOnly = JsRegexReader.isDigit(letter) || letter == '_';
            if (isAsciiLetter(letter) || (inClass && classOnly)) {
                in.advance();
                return letter % 32;
            }
        }
        in.reset(in.position() - 1);
        return '\\';
    }

    /** LegacyOctalEscapeSequence: up to three octal digits, the first two only while the value stays ≤ 0377. */
    private int legacyOctal(int first) {
        int value = first;
        int maxMoreDigits = first <= 3 ? 2 : 1;
        for (int i = 0; i < maxMoreDigits && !in.atEnd() && isOctal(in.peek()); i++) {
            value = value * 8 + (in.next() - '0');
        }
        return value;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

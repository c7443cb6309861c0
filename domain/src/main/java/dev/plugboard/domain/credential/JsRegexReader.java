package dev.plugboard.domain.credential;

import dev.plugboard.domain.credential.UnsupportedJsRegexException.Reason;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cursor over the source of a JavaScript pattern, one UTF-16 code unit at a time (the unit a
 * pattern without the {@code u} flag is made of), and the wording of the syntax errors JavaScript
 * raises for it.
 */
final class JsRegexReader {
    static final String NOTHING_TO_REPEAT = "nothing to repeat at index %d";
    static final String UNTERMINATED_GROUP = "unterminated group opened at index %d";
    static final String UNMATCHED_PARENTHESIS = "unmatched ')' at index %d";
    static final String UNTERMINATED_CLASS = "unterminated character class opened at index %d";
    static final String TRAILING_BACKSLASH = "\\ at end of pattern";
    static final String INVALID_GROUP = "invalid group at index %d";
    static final String INVALID_GROUP_NAME = "invalid capture group name at index %d";
    static final String NUMBERS_OUT_OF_ORDER = "numbers out of order in the quantifier %s";
    static final String RANGE_OUT_OF_ORDER = "range out of order in the character class at index %d";
    static final String INVALID_CLASS_ESCAPE = "invalid escape \\k in a character class at index %d";
    static final String INVALID_NAMED_REFERENCE = "invalid named reference at index %d";

    private final String source;
    private int position;

    JsRegexReader(String source) {
        this.source = source;
    }

    boolean atEnd() {
        return position >= source.length();
    }

    /** Whether a code unit exists {@code offset} units ahead of the current one. */
    boolean has(int offset) {
        return position + offset < source.length();
    }

    char peek() {
        return source.charAt(position);
    }

    char peekAt(int offset) {
        return source.charAt(position + offset);
    }

    char next() {
        return source.charAt(position++);
    }

    void advance() {
        position++;
    }

    boolean consume(char expected) {
        if (!atEnd() && peek() == expected) {
            position++;
            return true;
        }
        return false;
    }

    boolean lookingAt(String text) {
        return source.startsWith(text, position);
    }

    /** The end of a match of {@code pattern} starting exactly here, or -1; consumes nothing. */
    int matchEnd(Pattern pattern) {
        Matcher matcher = pattern.matcher(source).region(position, source.length());
        return matcher.lookingAt() ? matcher.end() : -1;
    }

    int position() {
        return position;
    }

    void reset(int to) {
        position = to;
    }

    String text(int from, int to) {
        return source.substring(from, to);
    }

    /**
     * Reads decimal digits as V8 does: the value saturates at {@link Integer#MAX_VALUE} instead of
     * overflowing. Returns -1 when no digit is next.
     */
    int decimal() {
        if (atEnd() || !isDigit(peek())) {
            return -1;
        }
        long value = 0;
        while (!atEnd() && isDigit(peek())) {
            value = Math.min(Integer.MAX_VALUE, value * 10 + (next() - '0'));
        }
        return (int) value;
    }

    /** The value of the {@code count} ASCII hex digits starting here, consumed; or -1, consuming nothing. */
    int hex(int count) {
        if (!has(count - 1)) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < count; i++) {
            int digit = hexDigit(peekAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        position += count;
        return value;
    }

    private static int hexDigit(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    UnsupportedJsRegexException syntaxError(String detail, Object argument) {
        return new UnsupportedJsRegexException(Reason.INVALID_SYNTAX, detail.formatted(argument));
    }
}

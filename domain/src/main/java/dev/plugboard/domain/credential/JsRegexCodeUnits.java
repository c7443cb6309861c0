package dev.plugboard.domain.credential;

/**
 * How JavaScript's UTF-16 code units become the code points RE2J matches. JavaScript without the
 * {@code u} flag matches code unit by code unit, so an emoji is two "characters" and a lone
 * surrogate is one; RE2J decodes surrogate pairs into one code point. Every surrogate code unit
 * (U+D800–U+DFFF), paired or lone, in the input and in the pattern alike, is therefore moved to its
 * own code point in plane 15 (U+F0000–U+F07FF). Astral characters only ever reach RE2J through this
 * mapping, so nothing collides with that range and each UTF-16 unit is exactly one RE2J character.
 */
final class JsRegexCodeUnits {
    static final int MIN_SURROGATE = 0xD800;
    static final int MAX_SURROGATE = 0xDFFF;
    static final int MAPPED_SURROGATE_BASE = 0xF0000;

    private JsRegexCodeUnits() {}

    /** The code point RE2J sees for one UTF-16 code unit. */
    static int matchable(int codeUnit) {
        return isSurrogate(codeUnit) ? MAPPED_SURROGATE_BASE + (codeUnit - MIN_SURROGATE) : codeUnit;
    }

    /** The input RE2J matches for a JavaScript string: one code point per UTF-16 code unit. */
    static String matchable(String value) {
        int first = firstSurrogate(value);
        if (first < 0) {
            return value;
        }
        StringBuilder mapped = new StringBuilder(value.length() * 2).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            mapped.appendCodePoint(matchable(value.charAt(i)));
        }
        return mapped.toString();
    }

    static boolean isSurrogate(int codeUnit) {
        return codeUnit >= MIN_SURROGATE && codeUnit <= MAX_SURROGATE;
    }

    /** RE2 syntax for one code unit as a literal outside a character class. */
    static String literal(int codeUnit) {
        int codePoint = matchable(codeUnit);
        if (codePoint > ' ' && codePoint < 0x7F && !isAsciiLetterOrDigit(codePoint)) {
            // RE2 reads a backslash before ASCII punctuation as the punctuation itself.
            return "\\" + (char) codePoint;
        }
        return classMember(codePoint);
    }

    /** RE2 syntax for one code point inside a character class (and, if not punctuation, outside). */
    static String classMember(int codePoint) {
        return switch (codePoint) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default ->
                isAsciiLetterOrDigit(codePoint) || codePoint == ' '
                        ? Character.toString(codePoint)
                        : "\\x{" + Integer.toHexString(codePoint) + "}";
        };
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static int firstSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}

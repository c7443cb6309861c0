package dev.plugboard.domain.credential;

/**
 * A pragmatic e-mail address check, not RFC 5322: the dot-atom addresses people actually type,
 * with Unicode letters allowed as RFC 6531 (SMTPUTF8) and IDNA allow them. Every rule is a
 * shape rule, so the verdict is never {@link FormatVerdict#INVALID}.
 */
final class EmailAddresses {
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";
    private static final String PUNYCODE_PREFIX = "xn--";

    private EmailAddresses() {}

    static FormatVerdict check(String value) {
        // A code point takes at most two chars: this bounds the work before anything is counted.
        if (value.length() > 2 * MAX_LENGTH || value.codePointCount(0, value.length()) > MAX_LENGTH) {
            return FormatVerdict.MALFORMED;
        }
        int at = value.indexOf('@');
        if (at < 0 || at != value.lastIndexOf('@')) {
            return FormatVerdict.MALFORMED;
        }
        boolean valid = isLocalPart(value.substring(0, at)) && isDomain(value.substring(at + 1));
        return valid ? FormatVerdict.VALID : FormatVerdict.MALFORMED;
    }

    private static boolean isLocalPart(String local) {
        int length = local.codePointCount(0, local.length());
        return length >= 1
                && length <= MAX_LOCAL_PART
                && !local.startsWith(".")
                && !local.endsWith(".")
                && !local.contains("..")
                && local.codePoints().allMatch(c -> isWordCharacter(c) || c == '.' || isLocalSymbol(c));
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!isLabel(label)) {
                return false;
            }
        }
        return isTopLevel(labels[labels.length - 1]);
    }

    private static boolean isLabel(String label) {
        int length = label.codePointCount(0, label.length());
        return length >= 1
                && length <= MAX_LABEL
                && !label.startsWith("-")
                && !label.endsWith("-")
                && label.codePoints().allMatch(c -> isWordCharacter(c) || c == '-');
    }

    /** At least two letters, or an ASCII-encoded internationalised name such as {@code xn--p1ai}. */
    private static boolean isTopLevel(String label) {
        boolean letters = label.codePointCount(0, label.length()) >= 2
                && Character.isLetter(label.codePointAt(0))
                && label.codePoints().allMatch(c -> Character.isLetter(c) || isMark(c));
        boolean punycode = label.length() > PUNYCODE_PREFIX.length()
                && label.regionMatches(true, 0, PUNYCODE_PREFIX, 0, PUNYCODE_PREFIX.length())
                && label.chars().allMatch(c -> c < 0x80);
        return letters || punycode;
    }

    /** ASCII letters and digits, and beyond ASCII any Unicode letter, decimal digit or combining mark. */
    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetter(c) || Character.isDigit(c) || isMark(c);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isLocalSymbol(int c) {
        return c < 0x80 && LOCAL_SYMBOLS.indexOf(c) >= 0;
    }
}

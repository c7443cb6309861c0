package dev.plugboard.domain.credential;

import java.util.Set;

/**
 * Brazilian phone numbers: optional country code, area code (DDD), then a 9-digit mobile or an
 * 8-digit landline number. Parsed by hand in one pass over at most {@link #LONGEST} characters.
 */
final class PhoneNumbers {
    /** The 67 area codes of Anatel's national numbering plan. */
    static final Set<Integer> AREA_CODES = Set.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, // SP
            21, 22, 24, 27, 28, // RJ, ES
            31, 32, 33, 34, 35, 37, 38, // MG
            41, 42, 43, 44, 45, 46, 47, 48, 49, // PR, SC
            51, 53, 54, 55, // RS
            61, 62, 63, 64, 65, 66, 67, 68, 69, // DF, GO, TO, MT, MS, AC, RO
            71, 73, 74, 75, 77, 79, // BA, SE
            81, 82, 83, 84, 85, 86, 87, 88, 89, // PE, AL, PB, RN, CE, PI
            91, 92, 93, 94, 95, 96, 97, 98, 99); // PA, AM, RR, AP, MA

    /** {@code +55 (11) 9 8765-4321}: nothing accepted is longer. */
    private static final int LONGEST = 20;

    private static final int NO_MATCH = -1;

    private PhoneNumbers() {}

    static FormatVerdict check(String value) {
        if (value.length() > LONGEST) {
            return FormatVerdict.MALFORMED;
        }
        // A leading 55 is a country code or the area code of Rio Grande do Sul. Both readings are
        // tried; at most one can match, since they differ by two digits in length.
        int areaCode = areaCode(value, true);
        if (areaCode == NO_MATCH) {
            areaCode = areaCode(value, false);
        }
        if (areaCode == NO_MATCH) {
            return FormatVerdict.MALFORMED;
        }
        return AREA_CODES.contains(areaCode) ? FormatVerdict.VALID : FormatVerdict.INVALID;
    }

    /** The area code of {@code value} if it has the shape of a phone number, else {@link #NO_MATCH}. */
    private static int areaCode(String value, boolean withCountryCode) {
        Cursor cursor = new Cursor(value);
        if (withCountryCode) {
            cursor.skip('+');
            if (cursor.digits(2) != 55) {
                return NO_MATCH;
            }
            cursor.skip(' ');
        }
        boolean parenthesised = cursor.skip('(');
        int areaCode = cursor.digits(2);
        if (areaCode == NO_MATCH || (parenthesised && !cursor.skip(')'))) {
            return NO_MATCH;
        }
        cursor.skip(' ');
        return subscriberNumber(cursor) && cursor.atEnd() ? areaCode : NO_MATCH;
    }

    /** {@code 9[ ]dddd[-| ]dddd} (mobile) or {@code [2-5]ddd[-| ]dddd} (landline). */
    private static boolean subscriberNumber(Cursor cursor) {
        if (cursor.skip('9')) {
            cursor.skip(' ');
            if (cursor.digits(4) == NO_MATCH) {
                return false;
            }
        } else if (cursor.nextIsOneOf("2345")) {
            if (cursor.digits(4) == NO_MATCH) {
                return false;
            }
        } else {
            return false;
        }
        if (!cursor.skip('-')) {
            cursor.skip(' ');
        }
        return cursor.digits(4) != NO_MATCH;
    }

    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        /** Consumes {@code c} if it comes next. */
        boolean skip(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        boolean nextIsOneOf(String characters) {
            return at < text.length() && characters.indexOf(text.charAt(at)) >= 0;
        }

        /** Consumes {@code count} ASCII digits and returns their value, or {@link #NO_MATCH}. */
        int digits(int count) {
            int value = 0;
            for (int i = 0; i < count; i++) {
                if (at >= text.length() || text.charAt(at) < '0' || text.charAt(at) > '9') {
                    return NO_MATCH;
                }
                value = value * 10 + (text.charAt(at++) - '0');
            }
            return value;
        }

        boolean atEnd() {
            return at == text.length();
        }
    }
}

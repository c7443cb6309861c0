package dev.plugboard.domain.credential;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

/** Calendar dates written {@code yyyy-MM-dd} (ISO 8601) or {@code dd/MM/yyyy} (Brazilian). */
final class Dates {
    private static final String ISO_LAYOUT = "yyyy-MM-dd";
    private static final String BRAZILIAN_LAYOUT = "dd/MM/yyyy";

    private record Fields(int year, int month, int day) {
        boolean real() {
            return year >= 1
                    && month >= 1
                    && month <= 12
                    && day >= 1
                    && day <= Month.of(month).length(Year.isLeap(year));
        }
    }

    private Dates() {}

    static FormatVerdict check(String value) {
        return fields(value)
                .map(fields -> fields.real() ? FormatVerdict.VALID : FormatVerdict.INVALID)
                .orElse(FormatVerdict.MALFORMED);
    }

    static Optional<LocalDate> parse(String value) {
        return fields(value).filter(Fields::real).map(f -> LocalDate.of(f.year(), f.month(), f.day()));
    }

    private static Optional<Fields> fields(String value) {
        if (fits(value, ISO_LAYOUT)) {
            return Optional.of(new Fields(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10)));
        }
        if (fits(value, BRAZILIAN_LAYOUT)) {
            return Optional.of(new Fields(number(value, 6, 10), number(value, 3, 5), number(value, 0, 2)));
        }
        return Optional.empty();
    }

    /** Letters of the layout stand for ASCII digits; anything else must appear as it is. */
    private static boolean fits(String value, String layout) {
        if (value.length() != layout.length()) {
            return false;
        }
        for (int i = 0; i < layout.length(); i++) {
            char slot = layout.charAt(i);
            char c = value.charAt(i);
            boolean fits = Character.isLetter(slot) ? c >= '0' && c <= '9' : c == slot;
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int to) {
        return Integer.parseInt(value, from, to, 10);
    }
}

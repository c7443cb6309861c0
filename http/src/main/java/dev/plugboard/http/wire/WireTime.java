package dev.plugboard.http.wire;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Pluggy's timestamps: ISO-8601 in UTC, always with milliseconds, e.g. {@code 2020-09-07T00:08:06.588Z}. */
public final class WireTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireTime() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Any ISO-8601 instant ({@code Z} or offset); empty when the text is not one. */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

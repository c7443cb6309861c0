package dev.plugboard.domain.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a validation needs besides the values: the language of the messages and the current time
 * (for MFA values past their {@code expiresAt} and dates that must not be in the future).
 *
 * @param zone where "today" is for date rules: Brazil's by default, the users' country
 */
public record ValidationContext(Language language, Instant now, ZoneId zone) {
    public static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");

    public ValidationContext {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
    }

    public static ValidationContext of(Language language, Instant now) {
        return new ValidationContext(language, now, BRAZIL);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }
}

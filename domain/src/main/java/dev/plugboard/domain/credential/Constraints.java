package dev.plugboard.domain.credential;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Plugboard's extensions to a credential definition, written as extra fields on the credential
 * (clients ignore fields they do not know): a semantic {@code format}, length bounds, and whether
 * a {@code DATE} may lie in the future.
 */
public record Constraints(
        Optional<CredentialFormat> format, OptionalInt minLength, OptionalInt maxLength, boolean allowFutureDates) {
    public static final Constraints NONE =
            new Constraints(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), true);

    public Constraints {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(minLength, "minLength");
        Objects.requireNonNull(maxLength, "maxLength");
        if (minLength.orElse(0) < 0 || maxLength.orElse(0) < 0) {
            throw new IllegalArgumentException("minLength and maxLength must not be negative");
        }
    }

    public static Constraints format(CredentialFormat format) {
        return new Constraints(Optional.of(format), OptionalInt.empty(), OptionalInt.empty(), true);
    }

    public Constraints withLength(OptionalInt min, OptionalInt max) {
        return new Constraints(format, min, max, allowFutureDates);
    }

    public Constraints withAllowFutureDates(boolean allowed) {
        return new Constraints(format, minLength, maxLength, allowed);
    }
}

package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.HealthStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An operator's pin of a connector's status (maintenance, a known outage): while active it wins
 * over the computed status, and its message is what {@code health.details.error} shows. Named
 * {@code StatusOverride} because a type called {@code Override} would hide {@code @Override} in
 * this package.
 *
 * @param status OFFLINE or UNSTABLE; pinning ONLINE would hide real failures, so it is refused
 * @param message shown to clients; not blank
 * @param until the instant the override stops applying (exclusive); empty until cleared
 */
public record StatusOverride(HealthStatus status, String message, Optional<Instant> until) {
    public StatusOverride {
        Objects.requireNonNull(status, "status");
        if (status == HealthStatus.ONLINE) {
            throw new IllegalArgumentException("an override pins OFFLINE or UNSTABLE, not ONLINE");
        }
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        Objects.requireNonNull(until, "until");
    }

    /** An override that lasts until it is cleared. */
    public static StatusOverride indefinitely(HealthStatus status, String message) {
        return new StatusOverride(status, message, Optional.empty());
    }

    /** Whether the override applies at {@code now}: always without {@code until}, else before it. */
    public boolean isActiveAt(Instant now) {
        return until.map(now::isBefore).orElse(true);
    }
}

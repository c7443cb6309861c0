package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.HealthStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HealthStatusMachine} remembers about one connector between refreshes: the computed
 * status (the hysteresis memory, kept up to date even while an override applies, so clearing the
 * override returns to it) and the operator's override, if any. Storage persists it per connector.
 */
public record HealthState(int connectorId, HealthStatus computed, Optional<StatusOverride> override) {
    public HealthState {
        if (connectorId < 0) {
            throw new IllegalArgumentException("connectorId must not be negative: " + connectorId);
        }
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(override, "override");
    }

    /**
     * The state of a connector without history; {@code status} is usually the catalog's
     * {@code health.status}.
     */
    public static HealthState initial(int connectorId, HealthStatus status) {
        return new HealthState(connectorId, status, Optional.empty());
    }

    /** The status clients see: the override's when there is one, else the computed one. */
    public HealthStatus effective() {
        return override.map(StatusOverride::status).orElse(computed);
    }

    /** What {@code health.details.error} shows: the override's message; empty without one. */
    public Optional<String> error() {
        return override.map(StatusOverride::message);
    }
}

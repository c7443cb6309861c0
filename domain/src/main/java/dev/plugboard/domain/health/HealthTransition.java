package dev.plugboard.domain.health;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one step of {@link HealthStatusMachine}: the state to keep and, when the visible
 * status changed, the change to record and announce.
 *
 * @param state the next state; persist it when it differs from the previous one, even without a
 *     change (the computed status may move under an override, or an expired override be dropped)
 * @param change present exactly when the visible status changed
 */
public record HealthTransition(HealthState state, Optional<StatusChange> change) {
    public HealthTransition {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(change, "change");
    }

    /** Whether the visible status changed. */
    public boolean changed() {
        return change.isPresent();
    }
}

package dev.plugboard.domain.health;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves a connector's {@link HealthState} forward: on every refresh with the window's stats, and
 * when an operator sets or clears an override. Each step answers the next state and, when the
 * visible status ({@link HealthState#effective()}) changed, the {@link StatusChange}. Immutable and
 * thread-safe; time is always a parameter.
 *
 * <p>The computed status follows {@link HealthPolicy#next} on every refresh, override or not. An
 * active override decides the visible status; clearing it, or reaching its {@code until}, shows the
 * computed status again. Setting an override that pins the status already visible, or a refresh
 * that moves only the computed status under an override, changes no visible status and records no
 * change.
 */
public final class HealthStatusMachine {
    private final HealthPolicy policy;

    public HealthStatusMachine(HealthPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public HealthPolicy policy() {
        return policy;
    }

    /**
     * One refresh: drops the override if it expired at {@code now}, then moves the computed status
     * with {@code stats}.
     *
     * @param stats the connector's window, usually ending at {@code now}
     */
    public HealthTransition refresh(HealthState state, HealthStats stats, Instant now) {
        requireSameConnector(state, stats);
        Optional<StatusOverride> kept = state.override().filter(o -> o.isActiveAt(now));
        HealthState next = new HealthState(state.connectorId(), policy.next(state.computed(), stats), kept);
        ChangeReason reason =
                state.override().isPresent() && kept.isEmpty() ? ChangeReason.OVERRIDE_EXPIRED : ChangeReason.COMPUTED;
        return step(state, next, reason, new Moment(stats, now));
    }

    /**
     * Pins the visible status with {@code override}, replacing any earlier one.
     *
     * @param stats the current window, recorded with the change
     * @throws IllegalArgumentException when the override has already expired at {@code now}
     */
    public HealthTransition setOverride(HealthState state, StatusOverride override, HealthStats stats, Instant now) {
        requireSameConnector(state, stats);
        if (!override.isActiveAt(now)) {
            throw new IllegalArgumentException(
                    "override until " + override.until().orElseThrow() + " has already expired at " + now);
        }
        HealthState next = new HealthState(state.connectorId(), state.computed(), Optional.of(override));
        return step(state, next, ChangeReason.OVERRIDE_SET, new Moment(stats, now));
    }

    /** Removes the override, if any: the computed status becomes visible again. */
    public HealthTransition clearOverride(HealthState state, HealthStats stats, Instant now) {
        requireSameConnector(state, stats);
        HealthState next = new HealthState(state.connectorId(), state.computed(), Optional.empty());
        return step(state, next, ChangeReason.OVERRIDE_CLEARED, new Moment(stats, now));
    }

    private static HealthTransition step(HealthState from, HealthState to, ChangeReason reason, Moment moment) {
        if (from.effective() == to.effective()) {
            return new HealthTransition(to, Optional.empty());
        }
        StatusChange change = new StatusChange(
                from.connectorId(),
                from.effective(),
                to.effective(),
                moment.at(),
                reason,
                moment.stats().connectionRate(),
                moment.stats().total());
        return new HealthTransition(to, Optional.of(change));
    }

    private static void requireSameConnector(HealthState state, HealthStats stats) {
        if (state.connectorId() != stats.connectorId()) {
            throw new IllegalArgumentException("stats of connector " + stats.connectorId()
                    + " given for the state of connector " + state.connectorId());
        }
    }

    private record Moment(HealthStats stats, Instant at) {}
}

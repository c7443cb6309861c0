package dev.plugboard.domain.health;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.catalog.NoSuchConnectorException;
import dev.plugboard.domain.connector.Connector;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes every connector's health from the stored aggregates and records status changes: the
 * background refresh calls {@link #refresh} every few seconds and publishes its snapshot; requests
 * never compute health. A connector without stored state starts from its catalog status. Of several
 * replicas refreshing at once, each computes the same status from the same shared aggregates, and
 * compare-and-set lets exactly one of them record each change.
 */
public final class HealthMonitor {
    private final HealthRepository repository;
    private final HealthStatusMachine machine;
    private final Clock clock;

    public HealthMonitor(HealthRepository repository, HealthStatusMachine machine, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.machine = Objects.requireNonNull(machine, "machine");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public HealthPolicy policy() {
        return machine.policy();
    }

    /** Recomputes every connector of the catalog; blocking (reads and writes the database). */
    public HealthSnapshot refresh(CatalogSnapshot catalog) {
        Instant now = clock.instant();
        TimeWindow window = TimeWindow.endingAt(now, TimeWindow.SIX_HOURS);
        Map<Integer, OutcomeCounts> totals = repository.totals(window);
        Map<Integer, HealthRepository.StoredState> states = repository.states();
        Map<Integer, HealthView> views = new HashMap<>();
        for (Connector connector : catalog.connectors()) {
            HealthStats stats =
                    new HealthStats(connector.id(), window, totals.getOrDefault(connector.id(), OutcomeCounts.NONE));
            HealthRepository.StoredState stored = stored(states, connector);
            HealthTransition transition = machine.refresh(stored.state(), stats, now);
            HealthState state = record(stored, transition, now);
            views.put(connector.id(), new HealthView(state.effective(), state.error(), stats));
        }
        return new HealthSnapshot(now, window, machine.policy(), views, repository.clientTotals(window));
    }

    /** Pins a connector's status with a message until cleared (or {@code override.until}). */
    public void setOverride(CatalogSnapshot catalog, int connectorId, StatusOverride override) {
        change(catalog, connectorId, (state, stats, now) -> machine.setOverride(state, override, stats, now));
    }

    /** Returns a connector to its computed status. */
    public void clearOverride(CatalogSnapshot catalog, int connectorId) {
        change(catalog, connectorId, machine::clearOverride);
    }

    private interface Step {
        HealthTransition apply(HealthState state, HealthStats stats, Instant now);
    }

    private void change(CatalogSnapshot catalog, int connectorId, Step step) {
        Connector connector = catalog.find(connectorId).orElseThrow(() -> new NoSuchConnectorException(connectorId));
        Instant now = clock.instant();
        TimeWindow window = TimeWindow.endingAt(now, TimeWindow.SIX_HOURS);
        for (int attempt = 0; attempt < 5; attempt++) {
            HealthRepository.StoredState stored = stored(repository.states(), connector);
            HealthStats stats = new HealthStats(
                    connectorId, window, repository.totals(window).getOrDefault(connectorId, OutcomeCounts.NONE));
            HealthTransition transition = step.apply(stored.state(), stats, now);
            if (repository.transition(connectorId, stored.version(), transition.state(), transition.change(), now)) {
                return;
            }
        }
        throw new IllegalStateException("connector " + connectorId + "'s health kept changing under the override");
    }

    private static HealthRepository.StoredState stored(Map<Integer, HealthRepository.StoredState> states, Connector c) {
        return Optional.ofNullable(states.get(c.id()))
                .orElseGet(() -> new HealthRepository.StoredState(
                        HealthState.initial(c.id(), c.health().status()), 0));
    }

    /** Stores a state that moved; when another replica stored first, shows the state read. */
    private HealthState record(HealthRepository.StoredState stored, HealthTransition transition, Instant now) {
        if (transition.state().equals(stored.state())) {
            return stored.state();
        }
        boolean written = repository.transition(
                stored.state().connectorId(), stored.version(), transition.state(), transition.change(), now);
        return written ? transition.state() : stored.state();
    }
}

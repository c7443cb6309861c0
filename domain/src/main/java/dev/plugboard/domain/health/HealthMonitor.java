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
import java.util.UUID;

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
        return refresh(catalog, Optional.empty());
    }

    /**
     * Recomputes every connector of the catalog, and returns {@code previous} itself when nothing in
     * it changed: same window, policy, client counts and every connector's view, as between most
     * refreshes of a quiet catalog. A view that did not change is {@code previous}'s own object. So a
     * refresh every few seconds of a catalog of 100,000 connectors keeps no new objects, and the
     * server has nothing to render again (its young collections used to copy each refresh's 100,000
     * new views into the old generation, several milliseconds each time).
     */
    public HealthSnapshot refresh(CatalogSnapshot catalog, Optional<HealthSnapshot> previous) {
        Instant now = clock.instant();
        TimeWindow window = TimeWindow.endingAt(now, TimeWindow.SIX_HOURS);
        Map<Integer, OutcomeCounts> totals = repository.totals(window);
        Map<Integer, HealthRepository.StoredState> states = repository.states();
        Map<Integer, Map<UUID, Long>> clientCounts = repository.clientTotals(window);
        Inputs inputs = new Inputs(catalog, window, machine.policy(), totals, states, clientCounts);
        // The same inputs give the same views (the machine is a function of the state and the
        // stats, and of the time only through an override's end), so the walk over every connector
        // is skipped: at 100,000 connectors it took about 25 ms of a core every refresh.
        LastRefresh before = last;
        if (previous.isPresent()
                && before != null
                && before.result() == previous.get()
                && before.inputs().sameAs(inputs)
                && states.values().stream()
                        .noneMatch(s -> s.state()
                                .override()
                                .flatMap(StatusOverride::until)
                                .isPresent())) {
            return previous.get();
        }
        HealthSnapshot result = refresh(catalog, previous, now, inputs);
        last = new LastRefresh(inputs, result);
        return result;
    }

    /** What a refresh read: the same again means the same snapshot. */
    private record Inputs(
            CatalogSnapshot catalog,
            TimeWindow window,
            HealthPolicy policy,
            Map<Integer, OutcomeCounts> totals,
            Map<Integer, HealthRepository.StoredState> states,
            Map<Integer, Map<UUID, Long>> clientCounts) {
        boolean sameAs(Inputs other) {
            return catalog == other.catalog
                    && window.equals(other.window)
                    && policy.equals(other.policy)
                    && totals.equals(other.totals)
                    && states.equals(other.states)
                    && clientCounts.equals(other.clientCounts);
        }
    }

    private record LastRefresh(Inputs inputs, HealthSnapshot result) {}

    private volatile LastRefresh last;

    private HealthSnapshot refresh(
            CatalogSnapshot catalog, Optional<HealthSnapshot> previous, Instant now, Inputs inputs) {
        TimeWindow window = inputs.window();
        Map<Integer, Map<UUID, Long>> clientCounts = inputs.clientCounts();
        Map<Integer, HealthView> before = previous.map(HealthSnapshot::views).orElse(Map.of());
        if (previous.isEmpty() || !previous.get().window().equals(window)) {
            return everyView(catalog, now, inputs);
        }
        // Only the views that changed are kept while the catalog is walked: a map of every view,
        // alive for the whole walk, would outlive young collections and be copied into the old
        // generation on every refresh.
        Map<Integer, HealthView> changed = new HashMap<>();
        for (Connector connector : catalog.connectors()) {
            HealthView view = view(connector, inputs, now);
            if (!view.equals(before.get(connector.id()))) {
                changed.put(connector.id(), view);
            }
        }
        // The window is the previous one here (see above).
        if (changed.isEmpty()
                && before.size() == catalog.size()
                && previous.get().policy().equals(inputs.policy())
                && previous.get().clientCounts().equals(clientCounts)) {
            return previous.get();
        }
        Map<Integer, HealthView> views = HashMap.newHashMap(catalog.size());
        for (Connector connector : catalog.connectors()) {
            HealthView view = changed.get(connector.id());
            views.put(connector.id(), view != null ? view : before.get(connector.id()));
        }
        return new HealthSnapshot(now, window, inputs.policy(), views, clientCounts);
    }

    /**
     * Every view anew, as when the window moved (once a minute: every view holds it): written
     * straight into the entries of the snapshot's immutable map, without a hash map of them first,
     * since at 100,000 connectors whatever is built here outlives young collections.
     */
    private HealthSnapshot everyView(CatalogSnapshot catalog, Instant now, Inputs inputs) {
        @SuppressWarnings("unchecked")
        Map.Entry<Integer, HealthView>[] views = new Map.Entry[catalog.size()];
        int at = 0;
        for (Connector connector : catalog.connectors()) {
            views[at++] = Map.entry(connector.id(), view(connector, inputs, now));
        }
        return new HealthSnapshot(now, inputs.window(), inputs.policy(), Map.ofEntries(views), inputs.clientCounts());
    }

    private HealthView view(Connector connector, Inputs inputs, Instant now) {
        HealthStats stats = new HealthStats(
                connector.id(), inputs.window(), inputs.totals().getOrDefault(connector.id(), OutcomeCounts.NONE));
        HealthRepository.StoredState stored = stored(inputs.states(), connector);
        HealthTransition transition = machine.refresh(stored.state(), stats, now);
        HealthState state = record(stored, transition, now);
        return new HealthView(state.effective(), state.error(), stats);
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

package dev.plugboard.domain.health;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The health of every connector at one refresh, served from memory: each connector's view, and
 * each client's executions per connector for {@code connectionsLast6Hours}.
 */
public record HealthSnapshot(
        Instant computedAt,
        TimeWindow window,
        HealthPolicy policy,
        Map<Integer, HealthView> views,
        Map<Integer, Map<UUID, Long>> clientCounts) {

    public HealthSnapshot {
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(policy, "policy");
        views = Map.copyOf(views);
        clientCounts = Map.copyOf(clientCounts);
    }

    /** Before the first refresh: no view, so connectors show their catalog health. */
    public static HealthSnapshot empty(Instant now, HealthPolicy policy) {
        return new HealthSnapshot(now, TimeWindow.endingAt(now, TimeWindow.SIX_HOURS), policy, Map.of(), Map.of());
    }

    public Optional<HealthView> view(int connectorId) {
        return Optional.ofNullable(views.get(connectorId));
    }

    /** {@code connectionsLast6Hours}: the client's own executions on the connector in the window. */
    public long connections(int connectorId, UUID clientId) {
        return clientCounts.getOrDefault(connectorId, Map.of()).getOrDefault(clientId, 0L);
    }
}

package dev.plugboard.domain.health;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How many executions one client made on one connector in one minute: the aggregate behind
 * {@code connectionsLast6Hours}, which counts only the calling client's executions (contract §3).
 * Kept apart from {@link MinuteBucket} because it grows with the number of clients.
 *
 * @param minute the start of the minute, a whole minute (by {@code finishedAt}, as for buckets)
 * @param executions at least 1
 */
public record ClientMinuteCount(int connectorId, UUID clientId, Instant minute, long executions) {
    private static final Comparator<Key> KEY_ORDER = Comparator.comparingInt(Key::connectorId)
            .thenComparing(Key::clientId)
            .thenComparing(Key::minute);

    public ClientMinuteCount {
        if (connectorId < 0) {
            throw new IllegalArgumentException("connectorId must not be negative: " + connectorId);
        }
        Objects.requireNonNull(clientId, "clientId");
        MinuteBucket.requireWholeMinute(minute);
        if (executions < 1) {
            throw new IllegalArgumentException("executions must be 1 or more: " + executions);
        }
    }

    /** Counts executions per connector, client and minute, ordered by connector, client, minute. */
    public static List<ClientMinuteCount> aggregate(Collection<Execution> executions) {
        Map<Key, Long> counts = new TreeMap<>(KEY_ORDER);
        for (Execution execution : executions) {
            Key key = new Key(execution.connectorId(), execution.clientId(), execution.minute());
            counts.merge(key, 1L, Math::addExact);
        }
        return counts.entrySet().stream()
                .map(entry -> new ClientMinuteCount(
                        entry.getKey().connectorId(),
                        entry.getKey().clientId(),
                        entry.getKey().minute(),
                        entry.getValue()))
                .toList();
    }

    /**
     * {@code connectionsLast6Hours}: the executions {@code clientId} made on {@code connectorId}
     * whose minute lies in {@code window}; 0 when none. Counts of other clients or connectors are
     * ignored, so a caller may pass everything it holds.
     */
    public static long connections(
            Collection<ClientMinuteCount> counts, int connectorId, UUID clientId, TimeWindow window) {
        return counts.stream()
                .filter(count -> count.connectorId == connectorId
                        && count.clientId.equals(clientId)
                        && window.contains(count.minute))
                .mapToLong(ClientMinuteCount::executions)
                .reduce(0L, Math::addExact);
    }

    /** The sum of two counts of the same connector, client and minute. */
    public ClientMinuteCount plus(ClientMinuteCount other) {
        if (other.connectorId != connectorId || !other.clientId.equals(clientId) || !other.minute.equals(minute)) {
            throw new IllegalArgumentException(
                    "cannot add counts of different connectors, clients or minutes: " + this + ", " + other);
        }
        return new ClientMinuteCount(connectorId, clientId, minute, Math.addExact(executions, other.executions));
    }

    private record Key(int connectorId, UUID clientId, Instant minute) {}
}

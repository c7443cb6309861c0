package dev.plugboard.domain.health;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcomes of one connector's executions that finished in one minute: the unit of storage and
 * of every health computation (health is computed from buckets, never from raw executions). It holds
 * no client ids; {@link ClientMinuteCount} counts per client.
 *
 * @param minute the start of the minute, a whole minute; holds executions with {@code finishedAt}
 *     in {@code [minute, minute + 1 min)}
 */
public record MinuteBucket(int connectorId, Instant minute, OutcomeCounts counts) {
    private static final Comparator<Key> KEY_ORDER =
            Comparator.comparingInt(Key::connectorId).thenComparing(Key::minute);

    public MinuteBucket {
        if (connectorId < 0) {
            throw new IllegalArgumentException("connectorId must not be negative: " + connectorId);
        }
        requireWholeMinute(minute);
        Objects.requireNonNull(counts, "counts");
    }

    /** The bucket of one execution. */
    public static MinuteBucket of(Execution execution) {
        return new MinuteBucket(execution.connectorId(), execution.minute(), OutcomeCounts.of(execution));
    }

    /**
     * Aggregates executions into one bucket per connector and minute, ordered by connector id then
     * minute. Storage adds a batch's buckets to the stored ones with {@link #plus(MinuteBucket)}.
     */
    public static List<MinuteBucket> aggregate(Collection<Execution> executions) {
        Map<Key, MinuteBucket> buckets = new TreeMap<>(KEY_ORDER);
        for (Execution execution : executions) {
            MinuteBucket bucket = of(execution);
            buckets.merge(new Key(bucket.connectorId, bucket.minute), bucket, MinuteBucket::plus);
        }
        return List.copyOf(buckets.values());
    }

    /**
     * The sum of two buckets of the same connector and minute.
     *
     * @throws IllegalArgumentException when connector or minute differ
     */
    public MinuteBucket plus(MinuteBucket other) {
        if (other.connectorId != connectorId || !other.minute.equals(minute)) {
            throw new IllegalArgumentException("cannot add the bucket of connector " + other.connectorId + " at "
                    + other.minute + " to that of connector " + connectorId + " at " + minute);
        }
        return new MinuteBucket(connectorId, minute, counts.plus(other.counts));
    }

    static void requireWholeMinute(Instant minute) {
        Objects.requireNonNull(minute, "minute");
        if (!minute.equals(minute.truncatedTo(ChronoUnit.MINUTES))) {
            throw new IllegalArgumentException("minute must be a whole minute: " + minute);
        }
    }

    private record Key(int connectorId, Instant minute) {}
}

package dev.plugboard.domain.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Durable storage of execution outcomes, their minute aggregates, and each connector's health state
 * and history. Shared by every replica: the state is written with compare-and-set, so of several
 * replicas computing the same change exactly one records it.
 */
public interface HealthRepository {
    /** What an ingestion stored: new executions, and repeats of ids already stored. */
    record IngestResult(int accepted, int duplicates) {}

    /** A connector's stored state and its version (0 when nothing is stored yet). */
    record StoredState(HealthState state, long version) {}

    /**
     * Stores a batch in one transaction: every new execution with its aggregates, nothing of the
     * batch on any failure. Durable (committed) when this returns.
     */
    IngestResult ingest(List<Execution> executions, Instant receivedAt);

    /** The summed outcomes of each connector with executions in the window. */
    Map<Integer, OutcomeCounts> totals(TimeWindow window);

    /** Per connector, each client's executions in the window. */
    Map<Integer, Map<UUID, Long>> clientTotals(TimeWindow window);

    /** One connector's minute buckets in the window, oldest first. */
    List<MinuteBucket> buckets(int connectorId, TimeWindow window);

    /** Every connector's stored state. */
    Map<Integer, StoredState> states();

    /**
     * Writes {@code next} if the stored version is still {@code expectedVersion}, with the change
     * it made (and what that change must trigger, such as webhook deliveries) in the same
     * transaction.
     *
     * @return false when another writer changed the state first; nothing was written
     */
    boolean transition(
            int connectorId, long expectedVersion, HealthState next, Optional<StatusChange> change, Instant at);

    /** One connector's status changes in the window, oldest first. */
    List<StatusChange> changes(int connectorId, TimeWindow window);

    /** The last change of a connector before {@code at}: where its history before a window ends. */
    Optional<StatusChange> lastChangeBefore(int connectorId, Instant at);

    /** Deletes raw executions finished before the first instant and aggregates before the second. */
    void purge(Instant executionsBefore, Instant aggregatesBefore);
}

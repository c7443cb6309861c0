package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.Product;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Object mother: executions, buckets and stats with known numbers. */
final class TestExecutions {
    static final int CONNECTOR = 201;
    static final int OTHER_CONNECTOR = 7;
    static final UUID CLIENT_A = UUID.fromString("0000000a-0000-4000-8000-00000000000a");
    static final UUID CLIENT_B = UUID.fromString("0000000b-0000-4000-8000-00000000000b");
    static final Instant NOON = Instant.parse("2026-07-01T12:00:00Z");
    static final TimeWindow SIX_HOURS_TO_NOON = TimeWindow.endingAt(NOON, TimeWindow.SIX_HOURS);

    private static final AtomicLong IDS = new AtomicLong();

    private TestExecutions() {}

    static Execution execution(ExecutionStatus status, Instant finishedAt) {
        return execution(CONNECTOR, CLIENT_A, status, finishedAt);
    }

    static Execution execution(int connectorId, UUID clientId, ExecutionStatus status, Instant finishedAt) {
        return new Execution(
                new UUID(0, IDS.incrementAndGet()),
                connectorId,
                clientId,
                status,
                finishedAt.minusSeconds(30),
                finishedAt);
    }

    static Execution withProducts(ExecutionStatus status, Instant finishedAt, Map<Product, ProductOutcome> products) {
        return new Execution(
                new UUID(0, IDS.incrementAndGet()),
                CONNECTOR,
                CLIENT_A,
                status,
                finishedAt.minusSeconds(30),
                finishedAt,
                products);
    }

    /** {@code count} executions of {@code status}, one second apart from {@code first}. */
    static List<Execution> repeat(int count, ExecutionStatus status, Instant first) {
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            executions.add(execution(status, first.plus(Duration.ofSeconds(i))));
        }
        return executions;
    }

    /** {@code total} executions ending before {@code at}, {@code failures} of them CONNECTION_ERROR. */
    static List<Execution> mix(int total, int failures, Instant at) {
        List<Execution> executions =
                new ArrayList<>(repeat(failures, ExecutionStatus.CONNECTION_ERROR, at.minus(Duration.ofMinutes(30))));
        executions.addAll(repeat(total - failures, ExecutionStatus.SUCCESS, at.minus(Duration.ofMinutes(20))));
        return executions;
    }

    /** Stats of the six hours to noon with these counts, built directly (no executions). */
    static HealthStats stats(long successes, long failures) {
        OutcomeCounts counts = new OutcomeCounts(
                Map.of(ExecutionStatus.SUCCESS, successes, ExecutionStatus.CONNECTION_ERROR, failures), Map.of());
        return new HealthStats(CONNECTOR, SIX_HOURS_TO_NOON, counts);
    }
}

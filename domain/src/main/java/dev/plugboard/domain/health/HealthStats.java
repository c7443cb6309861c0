package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.Product;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a connector's executions in one window add up to: the numbers behind
 * {@code health.details} and the input of {@link HealthStatusMachine}.
 *
 * @param window the half-open window summed, {@code [start, end)}
 * @param counts the sum of the connector's buckets whose minute lies in the window
 */
public record HealthStats(int connectorId, TimeWindow window, OutcomeCounts counts) {
    public HealthStats {
        if (connectorId < 0) {
            throw new IllegalArgumentException("connectorId must not be negative: " + connectorId);
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(counts, "counts");
    }

    /**
     * Sums the buckets of {@code connectorId} whose minute lies in {@code window}. Buckets of other
     * connectors or outside the window are ignored, so a caller may pass everything it holds.
     * Typical use: {@code compute(id, buckets, TimeWindow.endingAt(clock.instant(), TimeWindow.SIX_HOURS))}.
     */
    public static HealthStats compute(int connectorId, Collection<MinuteBucket> buckets, TimeWindow window) {
        OutcomeCounts sum = buckets.stream()
                .filter(bucket -> bucket.connectorId() == connectorId && window.contains(bucket.minute()))
                .map(MinuteBucket::counts)
                .reduce(OutcomeCounts.NONE, OutcomeCounts::plus);
        return new HealthStats(connectorId, window, sum);
    }

    /** The sample size: executions in the window, of every client. */
    public long total() {
        return counts.total();
    }

    /** Executions in the window that did not reach the institution. */
    public long failures() {
        return counts.failures();
    }

    /** {@code connectionRateLast6Hours}: see {@link OutcomeCounts#connectionRate()}. */
    public OptionalDouble connectionRate() {
        return counts.connectionRate();
    }

    /** Executions per outcome class, every class present. */
    public Map<OutcomeClass, Long> byOutcomeClass() {
        return counts.byOutcomeClass();
    }

    /** Success rate of each product that reported outcomes in the window. */
    public Map<Product, Double> productSuccessRates() {
        return counts.productSuccessRates();
    }
}

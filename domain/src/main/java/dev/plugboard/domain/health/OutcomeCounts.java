package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.Product;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Counts of execution outcomes: how many ended in each {@link ExecutionStatus}, and per product how
 * many collected it. The content of one {@link MinuteBucket} and the sum over a window in
 * {@link HealthStats}; everything else (total, failures, rate, breakdown) is derived from it, so the
 * parts can never disagree. Zero counts are dropped, so equal counts are equal records.
 *
 * @param statuses executions per status; counts are not negative
 * @param products outcomes per product, for executions that reported them
 */
public record OutcomeCounts(Map<ExecutionStatus, Long> statuses, Map<Product, ProductTally> products) {
    public static final OutcomeCounts NONE = new OutcomeCounts(Map.of(), Map.of());

    public OutcomeCounts {
        EnumMap<ExecutionStatus, Long> counts = new EnumMap<>(ExecutionStatus.class);
        statuses.forEach((status, count) -> {
            Objects.requireNonNull(status, "statuses key");
            if (count < 0) {
                throw new IllegalArgumentException("count of " + status + " must not be negative: " + count);
            }
            if (count > 0) {
                counts.put(status, count);
            }
        });
        EnumMap<Product, ProductTally> tallies = new EnumMap<>(Product.class);
        products.forEach((product, tally) -> {
            if (tally.total() > 0) {
                tallies.put(Objects.requireNonNull(product, "products key"), tally);
            }
        });
        statuses = Collections.unmodifiableMap(counts);
        products = Collections.unmodifiableMap(tallies);
    }

    /** The counts of one execution. */
    public static OutcomeCounts of(Execution execution) {
        Map<Product, ProductTally> tallies = new EnumMap<>(Product.class);
        execution.products().forEach((product, outcome) -> tallies.put(product, ProductTally.of(outcome)));
        return new OutcomeCounts(Map.of(execution.status(), 1L), tallies);
    }

    /** The sum of both counts. */
    public OutcomeCounts plus(OutcomeCounts other) {
        Map<ExecutionStatus, Long> counts = new EnumMap<>(ExecutionStatus.class);
        counts.putAll(statuses);
        other.statuses.forEach((status, count) -> counts.merge(status, count, Math::addExact));
        Map<Product, ProductTally> tallies = new EnumMap<>(Product.class);
        tallies.putAll(products);
        other.products.forEach((product, tally) -> tallies.merge(product, tally, ProductTally::plus));
        return new OutcomeCounts(counts, tallies);
    }

    /** Executions that ended in {@code status}. */
    public long count(ExecutionStatus status) {
        return statuses.getOrDefault(status, 0L);
    }

    /** All executions counted. */
    public long total() {
        return statuses.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
    }

    /** Executions that did not reach the institution ({@link ExecutionStatus#isConnectionFailure()}). */
    public long failures() {
        return statuses.entrySet().stream()
                .filter(entry -> entry.getKey().isConnectionFailure())
                .mapToLong(Map.Entry::getValue)
                .reduce(0L, Math::addExact);
    }

    /**
     * {@code connectionRateLast6Hours} over these counts: {@code 100 × (total − failures) / total},
     * rounded by {@link Percent}; empty (JSON {@code null}) when there were no executions.
     */
    public OptionalDouble connectionRate() {
        long total = total();
        return Percent.of(total - failures(), total);
    }

    /** Executions per outcome class; every class is a key, with 0 when none. */
    public Map<OutcomeClass, Long> byOutcomeClass() {
        Map<OutcomeClass, Long> byClass = new EnumMap<>(OutcomeClass.class);
        for (OutcomeClass outcomeClass : OutcomeClass.values()) {
            byClass.put(outcomeClass, 0L);
        }
        statuses.forEach((status, count) -> byClass.merge(status.outcomeClass(), count, Math::addExact));
        return Collections.unmodifiableMap(byClass);
    }

    /** Success rate per product that reported outcomes, rounded by {@link Percent}. */
    public Map<Product, Double> productSuccessRates() {
        Map<Product, Double> rates = new EnumMap<>(Product.class);
        products.forEach(
                (product, tally) -> rates.put(product, tally.successRate().orElseThrow()));
        return Collections.unmodifiableMap(rates);
    }
}

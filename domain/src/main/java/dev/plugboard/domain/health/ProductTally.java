package dev.plugboard.domain.health;

import java.util.OptionalDouble;

/**
 * How often one product was collected: {@code successes} out of {@code total} executions that
 * reported an outcome for it.
 */
public record ProductTally(long successes, long total) {
    public static final ProductTally NONE = new ProductTally(0, 0);

    public ProductTally {
        if (successes < 0 || successes > total) {
            throw new IllegalArgumentException("successes must be from 0 to total (" + total + "): " + successes);
        }
    }

    /** The tally of one reported outcome. */
    public static ProductTally of(ProductOutcome outcome) {
        return new ProductTally(outcome == ProductOutcome.SUCCESS ? 1 : 0, 1);
    }

    public ProductTally plus(ProductTally other) {
        return new ProductTally(Math.addExact(successes, other.successes), Math.addExact(total, other.total));
    }

    /** The success rate, rounded by {@link Percent}; empty when {@code total} is 0. */
    public OptionalDouble successRate() {
        return Percent.of(successes, total);
    }
}

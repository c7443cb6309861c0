package dev.plugboard.domain.health;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One step of a rate series: the executions whose minute lies in {@code [start, start + step)}
 * (and in the range asked for).
 */
public record RatePoint(Instant start, long total, long failures) {
    public RatePoint {
        Objects.requireNonNull(start, "start");
        if (failures < 0 || failures > total) {
            throw new IllegalArgumentException("failures must be from 0 to total (" + total + "): " + failures);
        }
    }

    /** The connection rate of this step, rounded by {@link Percent}; empty when it had no executions. */
    public OptionalDouble rate() {
        return Percent.of(total - failures, total);
    }
}

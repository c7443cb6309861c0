package dev.plugboard.domain.health;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)}: {@code start} is inside, {@code end} is not. Used
 * for the health window and for history ranges.
 *
 * <p>Aggregates are per minute, so the health window snaps to whole minutes
 * ({@link #endingAt(Instant, Duration)}): its end is {@code now} rounded up to the next whole minute
 * (unchanged when already whole), so the current, partial minute counts; its start is {@code end −
 * length}. At {@code now = 12:00:30} the six-hour window is {@code [06:01, 12:01)}: an execution that
 * finished at {@code 06:00:59} is out, one at {@code 06:01:00} is in. Compared with a window sliding
 * to the millisecond, it leaves out at most the oldest 59.999 s.
 */
public record TimeWindow(Instant start, Instant end) {
    /** The window of {@code connectionRateLast6Hours} and {@code connectionsLast6Hours}. */
    public static final Duration SIX_HOURS = Duration.ofHours(6);

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start must be before end: " + start + " >= " + end);
        }
    }

    /**
     * The window of {@code length} that ends with the minute holding {@code now} (see above).
     *
     * @param length a positive whole number of minutes
     */
    public static TimeWindow endingAt(Instant now, Duration length) {
        requireWholeMinutes("length", length);
        Instant floor = now.truncatedTo(ChronoUnit.MINUTES);
        Instant end = floor.equals(now) ? now : floor.plus(Duration.ofMinutes(1));
        return new TimeWindow(end.minus(length), end);
    }

    /** Whether {@code instant} is in {@code [start, end)}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Whether the two windows share at least one instant. */
    public boolean overlaps(TimeWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    static void requireWholeMinutes(String name, Duration duration) {
        if (duration.isNegative() || duration.isZero() || !duration.equals(duration.truncatedTo(ChronoUnit.MINUTES))) {
            throw new IllegalArgumentException(name + " must be a positive whole number of minutes: " + duration);
        }
    }
}

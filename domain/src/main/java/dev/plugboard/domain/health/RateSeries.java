package dev.plugboard.domain.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Resamples minute buckets into a connection-rate series at a chosen step (5 minutes, 1 hour, …)
 * for the health history.
 *
 * <p>Steps are aligned to multiples of the step since the epoch (UTC): with a 1-hour step, points
 * start on the hour. The first point starts at the aligned instant at or before the range's start,
 * and points follow until the range's end; every step is present, with 0 executions and an empty
 * rate when none. Only buckets whose minute lies in the range are counted, so when the range is not
 * aligned the first and last points cover less than a whole step.
 */
public final class RateSeries {
    /** The most points one series may have. */
    public static final long MAX_POINTS = 10_000;

    private RateSeries() {}

    /**
     * How many points {@link #resample} answers for this range and step; lets a caller refuse a
     * request before resampling.
     *
     * @param step a positive whole number of minutes
     */
    public static long pointCount(TimeWindow range, Duration step) {
        TimeWindow.requireWholeMinutes("step", step);
        long stepMillis = step.toMillis();
        long first = Math.floorDiv(range.start().toEpochMilli(), stepMillis);
        long last = Math.floorDiv(range.end().toEpochMilli() - 1, stepMillis);
        return last - first + 1;
    }

    /**
     * The series of {@code connectorId} over {@code range} (see above). Buckets of other connectors
     * are ignored.
     *
     * @throws IllegalArgumentException when the series would have more than {@link #MAX_POINTS}
     */
    public static List<RatePoint> resample(
            int connectorId, Collection<MinuteBucket> buckets, TimeWindow range, Duration step) {
        long points = pointCount(range, step);
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException(
                    "a series of " + points + " points is more than " + MAX_POINTS + ": use a longer step");
        }
        long stepMillis = step.toMillis();
        long firstStart = Math.floorDiv(range.start().toEpochMilli(), stepMillis) * stepMillis;
        long[] totals = new long[(int) points];
        long[] failures = new long[(int) points];
        for (MinuteBucket bucket : buckets) {
            if (bucket.connectorId() == connectorId && range.contains(bucket.minute())) {
                int index = (int) ((bucket.minute().toEpochMilli() - firstStart) / stepMillis);
                totals[index] = Math.addExact(totals[index], bucket.counts().total());
                failures[index] = Math.addExact(failures[index], bucket.counts().failures());
            }
        }
        List<RatePoint> series = new ArrayList<>((int) points);
        for (int i = 0; i < points; i++) {
            series.add(new RatePoint(Instant.ofEpochMilli(firstStart + i * stepMillis), totals[i], failures[i]));
        }
        return List.copyOf(series);
    }
}

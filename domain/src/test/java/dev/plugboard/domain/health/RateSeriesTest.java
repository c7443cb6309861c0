package dev.plugboard.domain.health;

import static dev.plugboard.domain.health.TestExecutions.CLIENT_A;
import static dev.plugboard.domain.health.TestExecutions.CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.OTHER_CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.execution;
import static dev.plugboard.domain.health.TestExecutions.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RateSeriesTest {

    private static Instant at(String time) {
        return Instant.parse("2026-07-01T" + time + "Z");
    }

    /** 10:00–10:04: 4 ok + 1 failure; 10:07: 2 failures; 10:30: 3 ok; 11:15: 1 ok, 1 failure. */
    private static List<MinuteBucket> buckets() {
        List<Execution> executions = new ArrayList<>();
        executions.addAll(repeat(4, ExecutionStatus.SUCCESS, at("10:00:00")));
        executions.add(execution(ExecutionStatus.CONNECTION_ERROR, at("10:04:59")));
        executions.addAll(repeat(2, ExecutionStatus.SITE_NOT_AVAILABLE, at("10:07:00")));
        executions.addAll(repeat(3, ExecutionStatus.LOGIN_ERROR, at("10:30:00")));
        executions.add(execution(ExecutionStatus.SUCCESS, at("11:15:00")));
        executions.add(execution(ExecutionStatus.ERROR, at("11:15:30")));
        executions.add(execution(OTHER_CONNECTOR, CLIENT_A, ExecutionStatus.ERROR, at("10:01:00")));
        return MinuteBucket.aggregate(executions);
    }

    @Test
    void resamples_at_five_minutes_with_every_step_present() {
        List<RatePoint> series = RateSeries.resample(
                CONNECTOR, buckets(), new TimeWindow(at("10:00:00"), at("10:20:00")), Duration.ofMinutes(5));

        assertThat(series)
                .containsExactly(
                        new RatePoint(at("10:00:00"), 5, 1),
                        new RatePoint(at("10:05:00"), 2, 2),
                        new RatePoint(at("10:10:00"), 0, 0),
                        new RatePoint(at("10:15:00"), 0, 0));
        assertThat(series)
                .extracting(RatePoint::rate)
                .containsExactly(
                        OptionalDouble.of(80.0),
                        OptionalDouble.of(0.0),
                        OptionalDouble.empty(),
                        OptionalDouble.empty());
    }

    @Test
    void resamples_at_one_hour_aligned_on_the_hour() {
        List<RatePoint> series = RateSeries.resample(
                CONNECTOR, buckets(), new TimeWindow(at("09:00:00"), at("12:00:00")), Duration.ofHours(1));

        assertThat(series)
                .containsExactly(
                        new RatePoint(at("09:00:00"), 0, 0),
                        new RatePoint(at("10:00:00"), 10, 3),
                        new RatePoint(at("11:00:00"), 2, 1));
        assertThat(series.get(1).rate()).hasValue(70.0);
        assertThat(series.get(2).rate()).hasValue(50.0);
    }

    @Test
    void an_unaligned_range_counts_only_its_own_minutes() {
        List<RatePoint> series = RateSeries.resample(
                CONNECTOR, buckets(), new TimeWindow(at("10:04:00"), at("11:15:00")), Duration.ofHours(1));

        assertThat(series).containsExactly(new RatePoint(at("10:00:00"), 6, 3), new RatePoint(at("11:00:00"), 0, 0));
    }

    @Test
    void counts_points_and_refuses_too_many() {
        TimeWindow day = new TimeWindow(at("00:00:00"), Instant.parse("2026-07-02T00:00:00Z"));
        TimeWindow ninetyDays = new TimeWindow(at("00:00:00"), at("00:00:00").plus(Duration.ofDays(90)));

        assertThat(RateSeries.pointCount(day, Duration.ofMinutes(5))).isEqualTo(288);
        assertThat(RateSeries.pointCount(new TimeWindow(at("10:59:00"), at("11:00:01")), Duration.ofHours(1)))
                .isEqualTo(2);
        assertThatThrownBy(() -> RateSeries.resample(CONNECTOR, List.of(), ninetyDays, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a series of 25920 points is more than 10000: use a longer step");
        assertThatThrownBy(() -> RateSeries.pointCount(day, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step must be a positive whole number of minutes: PT30S");
    }
}

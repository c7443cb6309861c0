package dev.plugboard.domain.health;

import static dev.plugboard.domain.health.TestExecutions.CLIENT_A;
import static dev.plugboard.domain.health.TestExecutions.CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.NOON;
import static dev.plugboard.domain.health.TestExecutions.OTHER_CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.SIX_HOURS_TO_NOON;
import static dev.plugboard.domain.health.TestExecutions.execution;
import static dev.plugboard.domain.health.TestExecutions.repeat;
import static dev.plugboard.domain.health.TestExecutions.withProducts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.connector.Product;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthStatsTest {

    private static HealthStats statsAt(Instant now, List<Execution> executions) {
        return HealthStats.compute(
                CONNECTOR, MinuteBucket.aggregate(executions), TimeWindow.endingAt(now, TimeWindow.SIX_HOURS));
    }

    private static List<Execution> knownMix() {
        Instant at = NOON.minus(Duration.ofHours(3));
        List<Execution> executions = new ArrayList<>();
        executions.addAll(repeat(7, ExecutionStatus.SUCCESS, NOON.minus(Duration.ofHours(5))));
        executions.addAll(repeat(1, ExecutionStatus.PARTIAL_SUCCESS, at));
        executions.addAll(repeat(2, ExecutionStatus.LOGIN_ERROR, at.plusSeconds(60)));
        executions.addAll(repeat(1, ExecutionStatus.INVALID_CREDENTIALS, at.plusSeconds(120)));
        executions.addAll(repeat(3, ExecutionStatus.CONNECTION_ERROR, NOON.minusSeconds(90)));
        executions.addAll(repeat(1, ExecutionStatus.SITE_NOT_AVAILABLE, NOON.minusSeconds(1)));
        executions.addAll(repeat(2, ExecutionStatus.ERROR, NOON.minus(Duration.ofHours(6))));
        executions.addAll(repeat(1, ExecutionStatus.UNEXPECTED_ERROR, at));
        return executions;
    }

    @Test
    void counts_rate_and_breakdown_of_a_known_mix() {
        HealthStats stats = statsAt(NOON, knownMix());

        assertThat(stats.total()).isEqualTo(18);
        assertThat(stats.failures()).isEqualTo(6);
        assertThat(stats.connectionRate()).hasValue(66.67);
        assertThat(stats.byOutcomeClass())
                .containsExactly(
                        Map.entry(OutcomeClass.SUCCESS, 8L),
                        Map.entry(OutcomeClass.INSTITUTION_ERROR, 4L),
                        Map.entry(OutcomeClass.PLATFORM_ERROR, 3L),
                        Map.entry(OutcomeClass.USER_ERROR, 3L));
        assertThat(stats.window()).isEqualTo(new TimeWindow(Instant.parse("2026-07-01T06:00:00Z"), NOON));
    }

    @Test
    void rates_each_product_that_reported_outcomes() {
        Instant at = NOON.minus(Duration.ofHours(1));
        List<Execution> executions = List.of(
                withProducts(
                        ExecutionStatus.SUCCESS,
                        at,
                        Map.of(Product.ACCOUNTS, ProductOutcome.SUCCESS, Product.TRANSACTIONS, ProductOutcome.SUCCESS)),
                withProducts(
                        ExecutionStatus.PARTIAL_SUCCESS,
                        at,
                        Map.of(Product.ACCOUNTS, ProductOutcome.SUCCESS, Product.TRANSACTIONS, ProductOutcome.ERROR)),
                withProducts(
                        ExecutionStatus.PARTIAL_SUCCESS,
                        at.plusSeconds(600),
                        Map.of(Product.ACCOUNTS, ProductOutcome.ERROR, Product.TRANSACTIONS, ProductOutcome.ERROR)),
                withProducts(
                        ExecutionStatus.SUCCESS, at.plusSeconds(900), Map.of(Product.ACCOUNTS, ProductOutcome.SUCCESS)),
                execution(ExecutionStatus.SUCCESS, at));

        HealthStats stats = statsAt(NOON, executions);

        assertThat(stats.productSuccessRates())
                .containsExactly(Map.entry(Product.ACCOUNTS, 75.0), Map.entry(Product.TRANSACTIONS, 33.33));
        assertThat(stats.counts().products())
                .containsExactly(
                        Map.entry(Product.ACCOUNTS, new ProductTally(3, 4)),
                        Map.entry(Product.TRANSACTIONS, new ProductTally(1, 3)));
        assertThat(stats.connectionRate()).hasValue(100.0);
    }

    @Test
    void has_no_rate_when_there_were_no_executions() {
        HealthStats stats = statsAt(NOON, List.of());

        assertThat(stats.total()).isZero();
        assertThat(stats.failures()).isZero();
        assertThat(stats.connectionRate()).isEmpty();
        assertThat(stats.byOutcomeClass())
                .containsOnly(
                        Map.entry(OutcomeClass.SUCCESS, 0L),
                        Map.entry(OutcomeClass.INSTITUTION_ERROR, 0L),
                        Map.entry(OutcomeClass.PLATFORM_ERROR, 0L),
                        Map.entry(OutcomeClass.USER_ERROR, 0L));
        assertThat(stats.productSuccessRates()).isEmpty();
    }

    @Test
    void a_window_ending_on_a_whole_minute_includes_its_start_and_excludes_its_end() {
        List<Execution> executions = List.of(
                execution(ExecutionStatus.SUCCESS, Instant.parse("2026-07-01T05:59:59.999Z")),
                execution(ExecutionStatus.ERROR, Instant.parse("2026-07-01T06:00:00Z")),
                execution(ExecutionStatus.SUCCESS, Instant.parse("2026-07-01T11:59:59.999Z")),
                execution(ExecutionStatus.ERROR, Instant.parse("2026-07-01T12:00:00Z")));

        HealthStats stats = statsAt(NOON, executions);

        assertThat(stats.total()).isEqualTo(2);
        assertThat(stats.failures()).isEqualTo(1);
        assertThat(stats.connectionRate()).hasValue(50.0);
    }

    @Test
    void a_window_ending_within_a_minute_snaps_to_the_next_whole_minute() {
        List<Execution> executions = List.of(
                execution(ExecutionStatus.ERROR, Instant.parse("2026-07-01T06:00:59.999Z")),
                execution(ExecutionStatus.SUCCESS, Instant.parse("2026-07-01T06:01:00Z")),
                execution(ExecutionStatus.SUCCESS, Instant.parse("2026-07-01T12:00:30Z")));

        HealthStats stats = statsAt(Instant.parse("2026-07-01T12:00:30Z"), executions);

        assertThat(stats.window())
                .isEqualTo(
                        new TimeWindow(Instant.parse("2026-07-01T06:01:00Z"), Instant.parse("2026-07-01T12:01:00Z")));
        assertThat(stats.total()).isEqualTo(2);
        assertThat(stats.failures()).isZero();
    }

    @Test
    void an_execution_leaves_the_window_six_hours_after_its_minute() {
        List<MinuteBucket> buckets = MinuteBucket.aggregate(
                List.of(execution(ExecutionStatus.ERROR, Instant.parse("2026-07-01T06:00:30Z"))));

        HealthStats stillIn = HealthStats.compute(CONNECTOR, buckets, TimeWindow.endingAt(NOON, TimeWindow.SIX_HOURS));
        HealthStats out =
                HealthStats.compute(CONNECTOR, buckets, TimeWindow.endingAt(NOON.plusMillis(1), TimeWindow.SIX_HOURS));

        assertThat(stillIn.total()).isEqualTo(1);
        assertThat(out.total()).isZero();
    }

    @Test
    void ignores_buckets_of_other_connectors() {
        List<Execution> executions = new ArrayList<>(repeat(3, ExecutionStatus.SUCCESS, NOON.minusSeconds(600)));
        executions.add(execution(OTHER_CONNECTOR, CLIENT_A, ExecutionStatus.ERROR, NOON.minusSeconds(600)));

        HealthStats stats = HealthStats.compute(CONNECTOR, MinuteBucket.aggregate(executions), SIX_HOURS_TO_NOON);

        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.connectionRate()).hasValue(100.0);
    }

    @Test
    void counts_user_errors_as_reaching_the_institution() {
        List<Execution> executions =
                new ArrayList<>(repeat(4, ExecutionStatus.INVALID_CREDENTIALS, NOON.minusSeconds(60)));
        executions.add(execution(ExecutionStatus.SITE_NOT_AVAILABLE, NOON.minusSeconds(60)));

        assertThat(statsAt(NOON, executions).connectionRate()).hasValue(80.0);
    }
}

package dev.plugboard.domain.health;

import static dev.plugboard.domain.health.TestExecutions.CLIENT_A;
import static dev.plugboard.domain.health.TestExecutions.CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.OTHER_CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.execution;
import static dev.plugboard.domain.health.TestExecutions.withProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.connector.Product;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinuteBucketTest {
    private static final Instant T1200 = Instant.parse("2026-07-01T12:00:00Z");
    private static final Instant T1201 = Instant.parse("2026-07-01T12:01:00Z");

    @Test
    void aggregates_one_bucket_per_connector_and_minute_in_order() {
        List<Execution> executions = List.of(
                execution(ExecutionStatus.LOGIN_ERROR, T1201),
                withProducts(
                        ExecutionStatus.PARTIAL_SUCCESS,
                        Instant.parse("2026-07-01T12:00:10Z"),
                        Map.of(Product.ACCOUNTS, ProductOutcome.SUCCESS, Product.TRANSACTIONS, ProductOutcome.ERROR)),
                withProducts(
                        ExecutionStatus.SUCCESS,
                        Instant.parse("2026-07-01T12:00:20Z"),
                        Map.of(Product.ACCOUNTS, ProductOutcome.SUCCESS)),
                execution(ExecutionStatus.CONNECTION_ERROR, Instant.parse("2026-07-01T12:00:59.999Z")),
                execution(OTHER_CONNECTOR, CLIENT_A, ExecutionStatus.SUCCESS, Instant.parse("2026-07-01T12:00:30Z")));

        assertThat(MinuteBucket.aggregate(executions))
                .containsExactly(
                        new MinuteBucket(
                                OTHER_CONNECTOR,
                                T1200,
                                new OutcomeCounts(Map.of(ExecutionStatus.SUCCESS, 1L), Map.of())),
                        new MinuteBucket(
                                CONNECTOR,
                                T1200,
                                new OutcomeCounts(
                                        Map.of(
                                                ExecutionStatus.PARTIAL_SUCCESS, 1L,
                                                ExecutionStatus.SUCCESS, 1L,
                                                ExecutionStatus.CONNECTION_ERROR, 1L),
                                        Map.of(
                                                Product.ACCOUNTS, new ProductTally(2, 2),
                                                Product.TRANSACTIONS, new ProductTally(0, 1)))),
                        new MinuteBucket(
                                CONNECTOR,
                                T1201,
                                new OutcomeCounts(Map.of(ExecutionStatus.LOGIN_ERROR, 1L), Map.of())));
    }

    @Test
    void adds_buckets_of_the_same_connector_and_minute() {
        MinuteBucket first = MinuteBucket.of(execution(ExecutionStatus.ERROR, T1200));
        MinuteBucket second = MinuteBucket.of(execution(ExecutionStatus.ERROR, T1200.plusSeconds(5)));

        MinuteBucket sum = first.plus(second);

        assertThat(sum.counts().count(ExecutionStatus.ERROR)).isEqualTo(2);
        assertThat(sum.counts().total()).isEqualTo(2);
        assertThat(sum.counts().failures()).isEqualTo(2);
    }

    @Test
    void refuses_to_add_buckets_of_different_minutes() {
        MinuteBucket first = MinuteBucket.of(execution(ExecutionStatus.ERROR, T1200));
        MinuteBucket second = MinuteBucket.of(execution(ExecutionStatus.ERROR, T1201));

        assertThatThrownBy(() -> first.plus(second))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot add the bucket of connector 201 at 2026-07-01T12:01:00Z"
                        + " to that of connector 201 at 2026-07-01T12:00:00Z");
    }

    @Test
    void refuses_a_minute_that_is_not_whole() {
        assertThatThrownBy(() -> new MinuteBucket(CONNECTOR, T1200.plusMillis(1), OutcomeCounts.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minute must be a whole minute: 2026-07-01T12:00:00.001Z");
    }

    @Test
    void zero_counts_are_dropped_so_equal_counts_are_equal() {
        OutcomeCounts zeros =
                new OutcomeCounts(Map.of(ExecutionStatus.SUCCESS, 0L), Map.of(Product.LOANS, ProductTally.NONE));

        assertThat(zeros).isEqualTo(OutcomeCounts.NONE);
        assertThat(zeros.statuses()).isEmpty();
        assertThat(zeros.products()).isEmpty();
    }

    @Test
    void refuses_negative_counts() {
        assertThatThrownBy(() -> new OutcomeCounts(Map.of(ExecutionStatus.SUCCESS, -1L), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count of SUCCESS must not be negative: -1");
        assertThatThrownBy(() -> new ProductTally(3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("successes must be from 0 to total (2): 3");
    }
}

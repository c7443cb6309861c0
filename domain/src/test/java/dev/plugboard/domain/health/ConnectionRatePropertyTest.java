package dev.plugboard.domain.health;

import static dev.plugboard.domain.health.TestExecutions.CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.NOON;
import static dev.plugboard.domain.health.TestExecutions.SIX_HOURS_TO_NOON;
import static dev.plugboard.domain.health.TestExecutions.execution;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ConnectionRatePropertyTest {

    /** The documented rounding, in integers: 100 × reached / total to two decimals, half up. */
    private static double expectedRate(long reached, long total) {
        long hundredths = (reached * 20_000 + total) / (2 * total);
        return hundredths / 100.0;
    }

    @Property(tries = 500)
    void the_rate_of_executed_outcomes_is_in_range_and_rounded_as_documented(
            @ForAll("statusLists") List<ExecutionStatus> statuses,
            @ForAll @IntRange(min = 0, max = 359) int minutesBeforeNoon) {
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            executions.add(execution(
                    statuses.get(i),
                    NOON.minus(Duration.ofMinutes(minutesBeforeNoon)).minusMillis(i + 1L)));
        }
        long failures =
                statuses.stream().filter(ExecutionStatus::isConnectionFailure).count();

        HealthStats stats = HealthStats.compute(CONNECTOR, MinuteBucket.aggregate(executions), SIX_HOURS_TO_NOON);

        assertThat(stats.total()).isEqualTo(statuses.size());
        assertThat(stats.failures()).isEqualTo(failures);
        double rate = stats.connectionRate().orElseThrow();
        assertThat(rate).isBetween(0.0, 100.0);
        assertThat(rate).isEqualTo(expectedRate(statuses.size() - failures, statuses.size()));
    }

    @Property(tries = 2000)
    void percent_is_in_range_and_rounded_as_documented(
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long whole,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long part) {
        long reached = part % (whole + 1);

        double rate = Percent.of(reached, whole).orElseThrow();

        assertThat(rate).isBetween(0.0, 100.0);
        assertThat(rate).isEqualTo(expectedRate(reached, whole));
    }

    @Provide
    Arbitrary<List<ExecutionStatus>> statusLists() {
        return Arbitraries.of(ExecutionStatus.class).list().ofMinSize(1).ofMaxSize(300);
    }
}

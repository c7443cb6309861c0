package dev.plugboard.domain.health;

import static dev.plugboard.domain.health.TestExecutions.stats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.connector.HealthStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthPolicyTest {
    private static final HealthPolicy POLICY = HealthPolicy.DEFAULT;

    @Test
    void defaults_are_ninety_fifty_five_and_twenty() {
        assertThat(POLICY).isEqualTo(new HealthPolicy(90, 50, 5, 20));
        assertThat(POLICY.onlineEnterAt()).isEqualTo(95.0);
        assertThat(POLICY.onlineLeaveBelow()).isEqualTo(85.0);
        assertThat(POLICY.offlineEnterBelow()).isEqualTo(45.0);
        assertThat(POLICY.offlineLeaveAt()).isEqualTo(55.0);
    }

    /** The documented table, at and just past each edge; rates in hundredths (8499 = 84.99 %). */
    @ParameterizedTest(name = "{0} at {1}/100 % -> {2}")
    @CsvSource({
        "ONLINE, 10000, ONLINE",
        "ONLINE, 8500, ONLINE",
        "ONLINE, 8499, UNSTABLE",
        "ONLINE, 4500, UNSTABLE",
        "ONLINE, 4499, OFFLINE",
        "ONLINE, 0, OFFLINE",
        "UNSTABLE, 9499, UNSTABLE",
        "UNSTABLE, 9500, ONLINE",
        "UNSTABLE, 4500, UNSTABLE",
        "UNSTABLE, 4499, OFFLINE",
        "OFFLINE, 5499, OFFLINE",
        "OFFLINE, 5500, UNSTABLE",
        "OFFLINE, 9499, UNSTABLE",
        "OFFLINE, 9500, ONLINE",
        "OFFLINE, 4500, OFFLINE"
    })
    void moves_as_the_documented_table_says(HealthStatus previous, long hundredths, HealthStatus expected) {
        HealthStats stats = stats(hundredths, 10_000 - hundredths);

        assertThat(POLICY.next(previous, stats)).isEqualTo(expected);
    }

    @Test
    void does_not_move_below_the_minimum_sample() {
        assertThat(POLICY.next(HealthStatus.ONLINE, stats(0, 19))).isEqualTo(HealthStatus.ONLINE);
        assertThat(POLICY.next(HealthStatus.OFFLINE, stats(19, 0))).isEqualTo(HealthStatus.OFFLINE);
        assertThat(POLICY.next(HealthStatus.UNSTABLE, stats(0, 0))).isEqualTo(HealthStatus.UNSTABLE);
        assertThat(POLICY.next(HealthStatus.ONLINE, stats(0, 20))).isEqualTo(HealthStatus.OFFLINE);
    }

    @Test
    void a_zero_margin_turns_hysteresis_off() {
        HealthPolicy plain = new HealthPolicy(90, 50, 0, 1);

        assertThat(plain.next(HealthStatus.ONLINE, stats(89, 11))).isEqualTo(HealthStatus.UNSTABLE);
        assertThat(plain.next(HealthStatus.UNSTABLE, stats(90, 10))).isEqualTo(HealthStatus.ONLINE);
        assertThat(plain.next(HealthStatus.UNSTABLE, stats(49, 51))).isEqualTo(HealthStatus.OFFLINE);
        assertThat(plain.next(HealthStatus.OFFLINE, stats(50, 50))).isEqualTo(HealthStatus.UNSTABLE);
    }

    @Test
    void edges_are_exact_decimals() {
        HealthPolicy policy = new HealthPolicy(90.1, 50, 5, 20);

        assertThat(policy.onlineLeaveBelow()).isEqualTo(85.1);
        assertThat(policy.next(HealthStatus.ONLINE, stats(851, 149))).isEqualTo(HealthStatus.ONLINE);
        assertThat(policy.next(HealthStatus.ONLINE, stats(8509, 1491))).isEqualTo(HealthStatus.UNSTABLE);
    }

    @Test
    void reports_every_problem_of_a_bad_policy() {
        assertThat(HealthPolicy.problems(40, 50, -1, 0))
                .containsExactly(
                        "margin must not be negative: -1.0",
                        "offlineBelow must be less than onlineAt: 50.0 >= 40.0",
                        "minimumSample must be 1 or more: 0");
        assertThat(HealthPolicy.problems(98, 4, 5, 20))
                .containsExactly(
                        "offlineBelow minus margin must be above 0, or OFFLINE is unreachable: 4.0 - 5.0",
                        "onlineAt plus margin must be at most 100, or ONLINE is unreachable: 98.0 + 5.0");
        assertThat(HealthPolicy.problems(Double.NaN, 50, 5, 20))
                .containsExactly("onlineAt, offlineBelow and margin must be finite numbers: NaN, 50.0, 5.0");
        assertThat(HealthPolicy.problems(90, 50, 5, 20)).isEmpty();
    }

    @Test
    void refuses_to_build_a_bad_policy() {
        assertThatThrownBy(() -> new HealthPolicy(90, 50, 5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumSample must be 1 or more: 0");
    }
}

package dev.plugboard.domain.health;

import static dev.plugboard.domain.connector.HealthStatus.OFFLINE;
import static dev.plugboard.domain.connector.HealthStatus.ONLINE;
import static dev.plugboard.domain.connector.HealthStatus.UNSTABLE;
import static dev.plugboard.domain.health.TestExecutions.CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.NOON;
import static dev.plugboard.domain.health.TestExecutions.mix;
import static dev.plugboard.domain.health.TestExecutions.stats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.connector.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HealthStatusMachineTest {
    private static final HealthStatusMachine MACHINE = new HealthStatusMachine(HealthPolicy.DEFAULT);
    private static final StatusOverride MAINTENANCE =
            StatusOverride.indefinitely(OFFLINE, "Scheduled maintenance at the bank until 14:00");

    /** Feeds executions step by step, six hours apart so each window holds one step's executions. */
    private static final class Scenario {
        private final List<Execution> executions = new ArrayList<>();
        private final List<StatusChange> changes = new ArrayList<>();
        private HealthState state = HealthState.initial(CONNECTOR, ONLINE);
        private Instant now = NOON;

        HealthStatus step(int total, int failures) {
            now = now.plus(TimeWindow.SIX_HOURS);
            executions.addAll(mix(total, failures, now));
            HealthStats stats = HealthStats.compute(
                    CONNECTOR, MinuteBucket.aggregate(executions), TimeWindow.endingAt(now, TimeWindow.SIX_HOURS));
            assertThat(stats.total()).isEqualTo(total);
            HealthTransition transition = MACHINE.refresh(state, stats, now);
            transition.change().ifPresent(changes::add);
            state = transition.state();
            return state.effective();
        }

        Instant at(int step) {
            return NOON.plus(TimeWindow.SIX_HOURS.multipliedBy(step));
        }
    }

    private static StatusChange computed(HealthStatus from, HealthStatus to, Instant at, double rate, long sample) {
        return new StatusChange(CONNECTOR, from, to, at, ChangeReason.COMPUTED, OptionalDouble.of(rate), sample);
    }

    @Test
    void follows_a_scripted_sequence_with_hysteresis() {
        Scenario scenario = new Scenario();

        assertThat(scenario.step(100, 0)).isEqualTo(ONLINE);
        assertThat(scenario.step(100, 12)).as("88 %% stays ONLINE").isEqualTo(ONLINE);
        assertThat(scenario.step(100, 16)).as("84 %% leaves ONLINE").isEqualTo(UNSTABLE);
        assertThat(scenario.step(100, 8)).as("92 %% is not enough to return").isEqualTo(UNSTABLE);
        assertThat(scenario.step(100, 4)).as("96 %% returns").isEqualTo(ONLINE);
        assertThat(scenario.step(100, 54)).as("46 %% is UNSTABLE, not OFFLINE").isEqualTo(UNSTABLE);
        assertThat(scenario.step(100, 56)).as("44 %% is OFFLINE").isEqualTo(OFFLINE);
        assertThat(scenario.step(100, 48)).as("52 %% stays OFFLINE").isEqualTo(OFFLINE);
        assertThat(scenario.step(100, 45)).as("55 %% leaves OFFLINE").isEqualTo(UNSTABLE);
        assertThat(scenario.step(19, 0)).as("19 executions do not move it").isEqualTo(UNSTABLE);
        assertThat(scenario.step(20, 1)).as("95 %% over 20 executions").isEqualTo(ONLINE);
        assertThat(scenario.step(20, 12)).as("40 %% goes straight to OFFLINE").isEqualTo(OFFLINE);
        assertThat(scenario.step(40, 0)).as("100 %% goes straight to ONLINE").isEqualTo(ONLINE);

        assertThat(scenario.changes)
                .containsExactly(
                        computed(ONLINE, UNSTABLE, scenario.at(3), 84.0, 100),
                        computed(UNSTABLE, ONLINE, scenario.at(5), 96.0, 100),
                        computed(ONLINE, UNSTABLE, scenario.at(6), 46.0, 100),
                        computed(UNSTABLE, OFFLINE, scenario.at(7), 44.0, 100),
                        computed(OFFLINE, UNSTABLE, scenario.at(9), 55.0, 100),
                        computed(UNSTABLE, ONLINE, scenario.at(11), 95.0, 20),
                        computed(ONLINE, OFFLINE, scenario.at(12), 40.0, 20),
                        computed(OFFLINE, ONLINE, scenario.at(13), 100.0, 40));
        assertThat(Incident.derive(CONNECTOR, ONLINE, NOON, scenario.changes))
                .containsExactly(
                        new Incident(CONNECTOR, scenario.at(3), Optional.of(scenario.at(5)), UNSTABLE),
                        new Incident(CONNECTOR, scenario.at(6), Optional.of(scenario.at(11)), OFFLINE),
                        new Incident(CONNECTOR, scenario.at(12), Optional.of(scenario.at(13)), OFFLINE));
    }

    @Test
    void an_override_wins_over_the_computed_status_and_shows_its_message() {
        HealthState online = HealthState.initial(CONNECTOR, ONLINE);

        HealthTransition set = MACHINE.setOverride(online, MAINTENANCE, stats(100, 0), NOON);

        assertThat(set.change())
                .contains(new StatusChange(
                        CONNECTOR, ONLINE, OFFLINE, NOON, ChangeReason.OVERRIDE_SET, OptionalDouble.of(100.0), 100));
        assertThat(set.state().effective()).isEqualTo(OFFLINE);
        assertThat(set.state().error()).contains("Scheduled maintenance at the bank until 14:00");

        HealthTransition healthy = MACHINE.refresh(set.state(), stats(100, 0), NOON.plusSeconds(5));
        assertThat(healthy.changed()).isFalse();
        assertThat(healthy.state().effective()).isEqualTo(OFFLINE);
    }

    @Test
    void the_computed_status_moves_under_an_override_and_shows_when_it_is_cleared() {
        HealthState pinned = MACHINE.setOverride(
                        HealthState.initial(CONNECTOR, ONLINE), MAINTENANCE, stats(100, 0), NOON)
                .state();

        HealthTransition degraded = MACHINE.refresh(pinned, stats(70, 30), NOON.plusSeconds(5));
        assertThat(degraded.changed()).as("OFFLINE stays visible").isFalse();
        assertThat(degraded.state()).isEqualTo(new HealthState(CONNECTOR, UNSTABLE, Optional.of(MAINTENANCE)));

        HealthTransition cleared = MACHINE.clearOverride(degraded.state(), stats(70, 30), NOON.plusSeconds(10));
        assertThat(cleared.change())
                .contains(new StatusChange(
                        CONNECTOR,
                        OFFLINE,
                        UNSTABLE,
                        NOON.plusSeconds(10),
                        ChangeReason.OVERRIDE_CLEARED,
                        OptionalDouble.of(70.0),
                        100));
        assertThat(cleared.state().error()).isEmpty();
    }

    @Test
    void an_override_expires_at_its_until() {
        Instant until = NOON.plus(Duration.ofHours(2));
        StatusOverride untilTwo = new StatusOverride(UNSTABLE, "Degraded while the bank migrates", Optional.of(until));
        HealthState pinned = MACHINE.setOverride(HealthState.initial(CONNECTOR, ONLINE), untilTwo, stats(100, 0), NOON)
                .state();

        HealthTransition before = MACHINE.refresh(pinned, stats(100, 0), until.minusMillis(1));
        HealthTransition at = MACHINE.refresh(before.state(), stats(100, 0), until);

        assertThat(before.changed()).isFalse();
        assertThat(before.state().effective()).isEqualTo(UNSTABLE);
        assertThat(at.change().map(StatusChange::reason)).contains(ChangeReason.OVERRIDE_EXPIRED);
        assertThat(at.state()).isEqualTo(HealthState.initial(CONNECTOR, ONLINE));
    }

    @Test
    void pinning_the_status_already_visible_changes_nothing_visible_but_shows_the_message() {
        HealthState offline = HealthState.initial(CONNECTOR, OFFLINE);

        HealthTransition set = MACHINE.setOverride(offline, MAINTENANCE, stats(10, 90), NOON);

        assertThat(set.changed()).isFalse();
        assertThat(set.state().error()).contains(MAINTENANCE.message());
    }

    @Test
    void clearing_without_an_override_changes_nothing() {
        HealthState online = HealthState.initial(CONNECTOR, ONLINE);

        assertThat(MACHINE.clearOverride(online, stats(0, 0), NOON))
                .isEqualTo(new HealthTransition(online, Optional.empty()));
    }

    @Test
    void refuses_an_override_that_has_already_expired_or_pins_online() {
        StatusOverride expired = new StatusOverride(OFFLINE, "late", Optional.of(NOON));

        assertThatThrownBy(
                        () -> MACHINE.setOverride(HealthState.initial(CONNECTOR, ONLINE), expired, stats(1, 0), NOON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("override until 2026-07-01T12:00:00Z has already expired at 2026-07-01T12:00:00Z");
        assertThatThrownBy(() -> StatusOverride.indefinitely(ONLINE, "all good"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an override pins OFFLINE or UNSTABLE, not ONLINE");
        assertThatThrownBy(() -> StatusOverride.indefinitely(OFFLINE, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message must not be blank");
    }

    @Test
    void refuses_stats_of_another_connector() {
        HealthState other = HealthState.initial(TestExecutions.OTHER_CONNECTOR, ONLINE);

        assertThatThrownBy(() -> MACHINE.refresh(other, stats(1, 0), NOON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stats of connector 201 given for the state of connector 7");
    }
}

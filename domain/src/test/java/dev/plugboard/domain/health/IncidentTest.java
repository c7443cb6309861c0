package dev.plugboard.domain.health;

import static dev.plugboard.domain.connector.HealthStatus.OFFLINE;
import static dev.plugboard.domain.connector.HealthStatus.ONLINE;
import static dev.plugboard.domain.connector.HealthStatus.UNSTABLE;
import static dev.plugboard.domain.health.TestExecutions.CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.OTHER_CONNECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.connector.HealthStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IncidentTest {
    private static final Instant SINCE = Instant.parse("2026-07-01T00:00:00Z");

    private static Instant at(String hour) {
        return Instant.parse("2026-07-01T" + hour + ":00Z");
    }

    private static StatusChange change(HealthStatus from, HealthStatus to, String hour) {
        return new StatusChange(CONNECTOR, from, to, at(hour), ChangeReason.COMPUTED, OptionalDouble.empty(), 0);
    }

    @Test
    void an_incident_runs_from_leaving_online_to_returning_with_its_worst_status() {
        List<StatusChange> changes = List.of(
                change(ONLINE, UNSTABLE, "01:00"),
                change(UNSTABLE, OFFLINE, "02:00"),
                change(OFFLINE, UNSTABLE, "03:00"),
                change(UNSTABLE, ONLINE, "04:00"),
                change(ONLINE, UNSTABLE, "05:00"),
                change(UNSTABLE, ONLINE, "06:00"));

        assertThat(Incident.derive(CONNECTOR, ONLINE, SINCE, changes))
                .containsExactly(
                        new Incident(CONNECTOR, at("01:00"), Optional.of(at("04:00")), OFFLINE),
                        new Incident(CONNECTOR, at("05:00"), Optional.of(at("06:00")), UNSTABLE));
    }

    @Test
    void the_last_incident_stays_open_until_online() {
        List<StatusChange> changes = List.of(change(ONLINE, OFFLINE, "01:00"), change(OFFLINE, UNSTABLE, "02:00"));

        List<Incident> incidents = Incident.derive(CONNECTOR, ONLINE, SINCE, changes);

        assertThat(incidents).containsExactly(new Incident(CONNECTOR, at("01:00"), Optional.empty(), OFFLINE));
        assertThat(incidents.getFirst().isOpen()).isTrue();
    }

    @Test
    void a_history_that_starts_outside_online_starts_with_an_incident() {
        List<StatusChange> changes = List.of(change(UNSTABLE, ONLINE, "01:00"));

        assertThat(Incident.derive(CONNECTOR, UNSTABLE, SINCE, changes))
                .containsExactly(new Incident(CONNECTOR, SINCE, Optional.of(at("01:00")), UNSTABLE));
        assertThat(Incident.derive(CONNECTOR, OFFLINE, SINCE, List.of()))
                .containsExactly(new Incident(CONNECTOR, SINCE, Optional.empty(), OFFLINE));
        assertThat(Incident.derive(CONNECTOR, ONLINE, SINCE, List.of())).isEmpty();
    }

    @Test
    void refuses_changes_that_do_not_follow_each_other() {
        assertThatThrownBy(() -> Incident.derive(
                        CONNECTOR,
                        ONLINE,
                        SINCE,
                        List.of(change(ONLINE, UNSTABLE, "02:00"), change(OFFLINE, ONLINE, "03:00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("change at 2026-07-01T03:00:00Z starts from OFFLINE but the status was UNSTABLE");
        assertThatThrownBy(() -> Incident.derive(
                        CONNECTOR,
                        ONLINE,
                        SINCE,
                        List.of(change(ONLINE, UNSTABLE, "02:00"), change(UNSTABLE, ONLINE, "01:00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("changes must be chronological: 2026-07-01T01:00:00Z comes after 2026-07-01T02:00:00Z");
        assertThatThrownBy(() ->
                        Incident.derive(OTHER_CONNECTOR, ONLINE, SINCE, List.of(change(ONLINE, UNSTABLE, "02:00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("change of connector 201 in the history of connector 7");
    }

    @Test
    void overlaps_a_range_it_was_going_on_in() {
        Incident closed = new Incident(CONNECTOR, at("01:00"), Optional.of(at("02:00")), UNSTABLE);
        Incident open = new Incident(CONNECTOR, at("05:00"), Optional.empty(), OFFLINE);

        assertThat(closed.overlaps(new TimeWindow(at("01:30"), at("03:00")))).isTrue();
        assertThat(closed.overlaps(new TimeWindow(at("02:00"), at("03:00")))).isFalse();
        assertThat(closed.overlaps(new TimeWindow(at("00:00"), at("01:00")))).isFalse();
        assertThat(open.overlaps(new TimeWindow(at("10:00"), at("11:00")))).isTrue();
    }

    @Test
    void refuses_an_online_incident_or_one_that_ends_before_it_starts() {
        assertThatThrownBy(() -> new Incident(CONNECTOR, at("01:00"), Optional.empty(), ONLINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an incident's worst status is UNSTABLE or OFFLINE");
        assertThatThrownBy(() -> new Incident(CONNECTOR, at("01:00"), Optional.of(at("00:00")), OFFLINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must not be before start: 2026-07-01T00:00:00Z < 2026-07-01T01:00:00Z");
    }
}

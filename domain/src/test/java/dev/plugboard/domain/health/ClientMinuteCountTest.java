package dev.plugboard.domain.health;

import static dev.plugboard.domain.health.TestExecutions.CLIENT_A;
import static dev.plugboard.domain.health.TestExecutions.CLIENT_B;
import static dev.plugboard.domain.health.TestExecutions.CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.NOON;
import static dev.plugboard.domain.health.TestExecutions.OTHER_CONNECTOR;
import static dev.plugboard.domain.health.TestExecutions.SIX_HOURS_TO_NOON;
import static dev.plugboard.domain.health.TestExecutions.execution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientMinuteCountTest {
    private static final Instant T1100 = Instant.parse("2026-07-01T11:00:00Z");

    private static List<ClientMinuteCount> counts() {
        return ClientMinuteCount.aggregate(List.of(
                execution(CONNECTOR, CLIENT_A, ExecutionStatus.SUCCESS, T1100.plusSeconds(1)),
                execution(CONNECTOR, CLIENT_A, ExecutionStatus.ERROR, T1100.plusSeconds(2)),
                execution(CONNECTOR, CLIENT_A, ExecutionStatus.LOGIN_ERROR, T1100.plusSeconds(59)),
                execution(CONNECTOR, CLIENT_A, ExecutionStatus.SUCCESS, Instant.parse("2026-07-01T06:00:00Z")),
                execution(CONNECTOR, CLIENT_A, ExecutionStatus.SUCCESS, Instant.parse("2026-07-01T05:59:59Z")),
                execution(CONNECTOR, CLIENT_A, ExecutionStatus.SUCCESS, NOON),
                execution(CONNECTOR, CLIENT_B, ExecutionStatus.SITE_NOT_AVAILABLE, T1100),
                execution(OTHER_CONNECTOR, CLIENT_A, ExecutionStatus.SUCCESS, T1100)));
    }

    @Test
    void aggregates_per_connector_client_and_minute_in_order() {
        assertThat(counts())
                .containsExactly(
                        new ClientMinuteCount(OTHER_CONNECTOR, CLIENT_A, T1100, 1),
                        new ClientMinuteCount(CONNECTOR, CLIENT_A, Instant.parse("2026-07-01T05:59:00Z"), 1),
                        new ClientMinuteCount(CONNECTOR, CLIENT_A, Instant.parse("2026-07-01T06:00:00Z"), 1),
                        new ClientMinuteCount(CONNECTOR, CLIENT_A, T1100, 3),
                        new ClientMinuteCount(CONNECTOR, CLIENT_A, NOON, 1),
                        new ClientMinuteCount(CONNECTOR, CLIENT_B, T1100, 1));
    }

    @Test
    void counts_only_the_calling_clients_executions_in_the_window() {
        List<ClientMinuteCount> counts = counts();

        assertThat(ClientMinuteCount.connections(counts, CONNECTOR, CLIENT_A, SIX_HOURS_TO_NOON))
                .isEqualTo(4);
        assertThat(ClientMinuteCount.connections(counts, CONNECTOR, CLIENT_B, SIX_HOURS_TO_NOON))
                .isEqualTo(1);
        assertThat(ClientMinuteCount.connections(counts, OTHER_CONNECTOR, CLIENT_A, SIX_HOURS_TO_NOON))
                .isEqualTo(1);
    }

    @Test
    void a_client_without_executions_has_zero_connections() {
        UUID stranger = UUID.fromString("0000000c-0000-4000-8000-00000000000c");

        assertThat(ClientMinuteCount.connections(counts(), CONNECTOR, stranger, SIX_HOURS_TO_NOON))
                .isZero();
    }

    @Test
    void adds_counts_of_the_same_key_and_refuses_others() {
        ClientMinuteCount two = new ClientMinuteCount(CONNECTOR, CLIENT_A, T1100, 2);

        assertThat(two.plus(new ClientMinuteCount(CONNECTOR, CLIENT_A, T1100, 5))
                        .executions())
                .isEqualTo(7);
        assertThatThrownBy(() -> two.plus(new ClientMinuteCount(CONNECTOR, CLIENT_B, T1100, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_an_empty_count() {
        assertThatThrownBy(() -> new ClientMinuteCount(CONNECTOR, CLIENT_A, T1100, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("executions must be 1 or more: 0");
    }
}

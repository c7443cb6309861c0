package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
    @Test
    void a_pool_timeout_anywhere_in_the_causes_is_an_outage() {
        Throwable failure = new IllegalStateException(
                "wrapped", new RuntimeException(new SQLTransientConnectionException("timed out", "08001")));

        assertThat(DatabaseOutage.of(failure)).contains("SQLTransientConnectionException (SQL state 08001)");
    }

    @Test
    void a_connection_exception_state_or_a_server_shutting_down_is_an_outage() {
        assertThat(DatabaseOutage.of(new SQLException("I/O error", "08006")))
                .contains("SQLException (SQL state 08006)");
        assertThat(DatabaseOutage.of(new SQLException("terminating connection", "57P01")))
                .contains("SQLException (SQL state 57P01)");
        assertThat(DatabaseOutage.of(new RuntimeException(new ConnectException("Connection refused"))))
                .contains("ConnectException");
    }

    @Test
    void a_constraint_violation_or_a_bug_is_not_an_outage() {
        assertThat(DatabaseOutage.of(new SQLException("duplicate key", "23505")))
                .isEmpty();
        assertThat(DatabaseOutage.of(new SQLException("no state"))).isEmpty();
        assertThat(DatabaseOutage.of(new IllegalStateException("bug"))).isEmpty();
    }
}

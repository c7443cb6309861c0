package dev.plugboard.http;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure caused by an unreachable database (no connection could be had, or one broke)
 * from a bug, by the JDBC exception types and SQL states in its causes. Such a request is answered
 * 503 {@code DATABASE_UNAVAILABLE} rather than 500: nothing is wrong with it, and it can be retried.
 */
final class DatabaseOutage {
    /** PostgreSQL's "the server is shutting down or starting up". */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private static final int MAX_DEPTH = 16;

    private DatabaseOutage() {}

    /** What identifies the outage in a log line (an exception type and SQL state, never a message). */
    static Optional<String> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (isOutage(cause)) {
                String state = cause instanceof SQLException sql && sql.getSQLState() != null
                        ? " (SQL state " + sql.getSQLState() + ")"
                        : "";
                return Optional.of(cause.getClass().getSimpleName() + state);
            }
        }
        return Optional.empty();
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SERVER_GOING_AWAY.contains(state);
        }
        return false;
    }
}

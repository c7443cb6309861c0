package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.HealthStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One change of a connector's visible status: a line of its history and the event behind the
 * {@code connector/status_updated} webhook.
 *
 * @param from the status before; differs from {@code to}
 * @param rate the connection rate of the window at that moment; empty when it had no executions
 * @param sample the executions in that window
 */
public record StatusChange(
        int connectorId,
        HealthStatus from,
        HealthStatus to,
        Instant at,
        ChangeReason reason,
        OptionalDouble rate,
        long sample) {

    public StatusChange {
        if (connectorId < 0) {
            throw new IllegalArgumentException("connectorId must not be negative: " + connectorId);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from == to) {
            throw new IllegalArgumentException("a change needs two different statuses: " + from);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rate, "rate");
        if (sample < 0) {
            throw new IllegalArgumentException("sample must not be negative: " + sample);
        }
    }
}

package dev.plugboard.domain.catalog;

import dev.plugboard.domain.connector.Connector;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One connector's part of a catalog change, ready to store: the connector after the change (empty
 * to disable it), the revision it must still have for the change to apply, and what to audit.
 *
 * @param expectedRevision the revision the stored connector must have; empty to create a
 *     connector whose id was never used
 * @param action the audit action ({@code create}, {@code replace}, {@code patch}, {@code disable},
 *     {@code import})
 * @param diff the change as a JSON object of field to {@code {"from":…,"to":…}}, for the audit log
 */
public record ConnectorChange(
        int connectorId, Optional<Connector> after, OptionalLong expectedRevision, String action, String diff) {
    public ConnectorChange {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(expectedRevision, "expectedRevision");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(diff, "diff");
        after.ifPresent(connector -> {
            if (connector.id() != connectorId) {
                throw new IllegalArgumentException(
                        "a change of connector " + connectorId + " carries connector " + connector.id());
            }
        });
    }

    public boolean disables() {
        return after.isEmpty();
    }
}

package dev.plugboard.http.admin;

import dev.plugboard.domain.connector.Connector;
import java.time.Instant;

/** Small operations on connectors that editing needs and the domain does not. */
final class ConnectorEditing {
    private ConnectorEditing() {}

    static Connector withTimes(Connector c, Instant createdAt, Instant updatedAt) {
        return new Connector(
                c.id(),
                c.name(),
                c.type(),
                c.country(),
                c.branding(),
                c.credentials(),
                c.access(),
                c.health(),
                c.products(),
                c.capabilities(),
                c.sandbox(),
                c.openFinance(),
                createdAt,
                updatedAt);
    }
}

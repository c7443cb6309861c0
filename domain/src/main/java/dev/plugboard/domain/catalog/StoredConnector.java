package dev.plugboard.domain.catalog;

import dev.plugboard.domain.connector.Connector;
import java.util.Objects;

/**
 * A connector as the store keeps it: with whether it is served and its revision, which grows with
 * every change and is the ETag operators send back in {@code If-Match}.
 */
public record StoredConnector(Connector connector, boolean enabled, long revision) {
    public StoredConnector {
        Objects.requireNonNull(connector, "connector");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more: " + revision);
        }
    }
}

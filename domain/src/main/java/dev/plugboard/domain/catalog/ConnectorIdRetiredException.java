package dev.plugboard.domain.catalog;

import dev.plugboard.domain.PlugboardException;

/** A connector id that belonged to a disabled connector: ids are never reused. */
public final class ConnectorIdRetiredException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final int connectorId;

    public ConnectorIdRetiredException(int connectorId) {
        super("connector id " + connectorId + " belonged to a disabled connector and is never reused");
        this.connectorId = connectorId;
    }

    public int connectorId() {
        return connectorId;
    }
}

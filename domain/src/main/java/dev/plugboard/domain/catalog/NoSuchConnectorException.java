package dev.plugboard.domain.catalog;

import dev.plugboard.domain.PlugboardException;

/** No connector with this id is in the catalog. */
public final class NoSuchConnectorException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final long connectorId;

    public NoSuchConnectorException(long connectorId) {
        super("no connector with id " + connectorId);
        this.connectorId = connectorId;
    }

    public long connectorId() {
        return connectorId;
    }
}

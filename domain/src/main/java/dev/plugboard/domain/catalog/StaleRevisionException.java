package dev.plugboard.domain.catalog;

import dev.plugboard.domain.PlugboardException;

/**
 * A change was based on a revision of the connector that is no longer the stored one: someone
 * else changed it first. Nothing of the change was applied.
 */
public final class StaleRevisionException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final int connectorId;

    public StaleRevisionException(int connectorId) {
        super("connector " + connectorId + " changed since the revision this change was based on");
        this.connectorId = connectorId;
    }

    public int connectorId() {
        return connectorId;
    }
}

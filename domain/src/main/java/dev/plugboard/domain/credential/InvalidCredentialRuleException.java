package dev.plugboard.domain.credential;

import dev.plugboard.domain.PlugboardException;

/** A credential definition whose rule cannot be run safely, found when a catalog is loaded. */
public final class InvalidCredentialRuleException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final int connectorId;
    private final String credentialName;

    public InvalidCredentialRuleException(int connectorId, String credentialName, String problem) {
        super("connector " + connectorId + ", credential '" + credentialName + "': " + problem);
        this.connectorId = connectorId;
        this.credentialName = credentialName;
    }

    public int connectorId() {
        return connectorId;
    }

    public String credentialName() {
        return credentialName;
    }
}

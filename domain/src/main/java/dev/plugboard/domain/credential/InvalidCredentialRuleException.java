package dev.plugboard.domain.credential;

import dev.plugboard.domain.PlugboardException;
import java.util.List;

/**
 * Credential definitions whose rules cannot be run safely, found when a catalog is loaded. Every
 * problem of the connector is listed, each naming the connector and the credential.
 */
public final class InvalidCredentialRuleException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidCredentialRuleException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package dev.plugboard.domain.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing {@link CatalogLint} found: an error makes a catalog unfit to serve as it is; a warning
 * is probably a mistake.
 */
public record LintFinding(Severity severity, int connectorId, Optional<String> credential, String message) {
    public enum Severity {
        ERROR,
        WARNING
    }

    public LintFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(message, "message");
    }

    /** {@code ERROR connector 601, credential 'cpf': …}, the line the lint command prints. */
    public String line() {
        return severity + " connector " + connectorId
                + credential.map(c -> ", credential '" + c + "'").orElse("") + ": " + message;
    }
}

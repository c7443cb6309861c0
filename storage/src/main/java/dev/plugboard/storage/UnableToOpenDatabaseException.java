package dev.plugboard.storage;

import dev.plugboard.domain.PlugboardException;

/** The database could not be reached or migrated at start-up. */
public final class UnableToOpenDatabaseException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    public UnableToOpenDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}

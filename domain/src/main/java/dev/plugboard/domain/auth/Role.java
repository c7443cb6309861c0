package dev.plugboard.domain.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a client may do. Applications read and validate connectors; operators administer the
 * catalog ({@link #ADMIN}) or report execution outcomes ({@link #INGEST}). A key is refused (403)
 * wherever its role does not reach.
 */
public enum Role {
    APPLICATION,
    ADMIN,
    INGEST;

    /** The lower-case name used on the command line, in storage and in token claims. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String text) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(text)).findFirst();
    }

    public boolean isOperator() {
        return this != APPLICATION;
    }
}

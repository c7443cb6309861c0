package dev.plugboard.domain.catalog;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Which audit entries to read, newest first.
 *
 * @param beforeVersion only entries of catalog versions below this one (to page backwards)
 * @param limit how many, from 1 to {@value #MAX_LIMIT}
 */
public record AuditQuery(OptionalInt connectorId, OptionalLong beforeVersion, int limit) {
    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        Objects.requireNonNull(connectorId, "connectorId");
        Objects.requireNonNull(beforeVersion, "beforeVersion");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ": " + limit);
        }
    }
}

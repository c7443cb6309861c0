package dev.plugboard.domain.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * One connector's change in the audit log: the catalog version it made, when, who, what action,
 * and the diff as JSON text ({@code {"name":{"from":"Itaú","to":"Itaú Unibanco"}}}).
 */
public record AuditEntry(long catalogVersion, int connectorId, Instant at, Actor actor, String action, String diff) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(diff, "diff");
    }
}

package dev.plugboard.domain.catalog;

import java.util.Objects;

/**
 * Who made a catalog change, as the audit log records it: an operator's client id and name, or
 * the command line working on the database directly.
 */
public record Actor(String id, String name) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}

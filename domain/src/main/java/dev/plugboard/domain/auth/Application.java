package dev.plugboard.domain.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A client of the API: an application, or an operator with an admin or ingest role. Its secret is
 * not part of it: only a salted hash is ever stored.
 */
public record Application(UUID clientId, String name, Role role, boolean enabled, Instant createdAt) {
    public Application {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

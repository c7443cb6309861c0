package dev.plugboard.domain.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A client of the API. Its secret is not part of it: only a salted hash is ever stored. */
public record Application(UUID clientId, String name, boolean enabled, Instant createdAt) {
    public Application {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

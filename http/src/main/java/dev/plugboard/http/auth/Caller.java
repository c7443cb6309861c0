package dev.plugboard.http.auth;

import dev.plugboard.domain.auth.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Who sent a request, as its verified token says. */
public record Caller(UUID clientId, Role role, TokenKind kind, Instant expiresAt) {
    public Caller {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** An application's caller. */
    public Caller(UUID clientId, TokenKind kind, Instant expiresAt) {
        this(clientId, Role.APPLICATION, kind, expiresAt);
    }
}

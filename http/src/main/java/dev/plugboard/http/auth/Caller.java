package dev.plugboard.http.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Who sent a request, as its verified token says. */
public record Caller(UUID clientId, TokenKind kind, Instant expiresAt) {
    public Caller {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}

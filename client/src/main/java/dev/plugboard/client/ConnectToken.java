package dev.plugboard.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A connect token from {@code POST /connect_token}: a short-lived key (30 minutes at Pluggy) for a
 * front end, which may read and validate connectors but not create connect tokens.
 * {@link #toString()} never shows it.
 */
public record ConnectToken(String accessToken, Optional<Instant> expiresAt) {
    public ConnectToken {
        if (Objects.requireNonNull(accessToken, "accessToken").isBlank()) {
            throw new IllegalArgumentException("a connect token must not be blank");
        }
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "ConnectToken[***" + expiresAt.map(at -> ", expiresAt=" + at).orElse("") + "]";
    }
}

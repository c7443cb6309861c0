package dev.plugboard.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API key from {@code POST /auth}, with its expiry when the key (a JWT) carries one. Send it as
 * {@code X-API-KEY}; {@link #toString()} never shows it.
 */
public record ApiKey(String value, Optional<Instant> expiresAt) {
    public ApiKey {
        if (Objects.requireNonNull(value, "value").isBlank()) {
            throw new IllegalArgumentException("an API key must not be blank");
        }
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "ApiKey[***" + expiresAt.map(at -> ", expiresAt=" + at).orElse("") + "]";
    }
}

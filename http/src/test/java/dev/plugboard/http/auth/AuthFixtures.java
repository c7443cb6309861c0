package dev.plugboard.http.auth;

import java.time.Instant;
import java.util.UUID;

/** Object mother for the token tests: fixed keys, a fixed client and a fixed moment. */
final class AuthFixtures {
    /** base64url of the bytes 0..31. */
    static final String KEY_TEXT = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    /** base64url of the bytes 32..63. */
    static final String OTHER_KEY_TEXT = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8";

    static final UUID CLIENT_ID = UUID.fromString("6f1f3c5e-2b4a-4c1e-9a51-0d3d8a7b9c10");
    /** A whole second: JWT times are whole seconds, so expiry compares exactly. */
    static final Instant NOW = Instant.parse("2026-07-25T12:00:00Z");

    private AuthFixtures() {}

    static SigningKey key() {
        return SigningKey.decode(KEY_TEXT);
    }

    static SigningKey otherKey() {
        return SigningKey.decode(OTHER_KEY_TEXT);
    }
}

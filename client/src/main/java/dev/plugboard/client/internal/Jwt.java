package dev.plugboard.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the {@code exp} claim of a JWT without checking its signature: the client only needs to
 * know when to renew a key it was given, and the server checks keys anyway.
 */
public final class Jwt {
    private Jwt() {}

    /** When the token expires, if it is a JWT whose payload has a numeric {@code exp} (seconds). */
    public static Optional<Instant> expiry(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode exp = Json.MAPPER
                    .readTree(new String(payload, StandardCharsets.UTF_8))
                    .path("exp");
            if (exp.isNumber() || exp.isTextual() && exp.asText().matches("[0-9]{1,12}")) {
                return Optional.of(Instant.ofEpochSecond(exp.asLong()));
            }
            return Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }
}

package dev.plugboard.client.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * One API call: method, path with its query, JSON body, the key to send as {@code X-API-KEY}, and
 * whether it may be repeated without effect (only those are retried).
 */
public record Call(
        String method, String pathAndQuery, Optional<String> body, Optional<String> apiKey, boolean idempotent) {
    public Call {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    public static Call get(String pathAndQuery) {
        return new Call("GET", pathAndQuery, Optional.empty(), Optional.empty(), true);
    }

    public static Call post(String path, String json, boolean idempotent) {
        return new Call("POST", path, Optional.of(json), Optional.empty(), idempotent);
    }

    public Call withApiKey(String key) {
        return new Call(method, pathAndQuery, body, Optional.of(key), idempotent);
    }

    /** {@code GET /connectors/2}: what exception messages name. Never the key or the body. */
    public String describe() {
        return method + " " + pathAndQuery;
    }
}

package dev.plugboard.domain.webhook;

import dev.plugboard.domain.Secret;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An application's subscription: every {@code event} is POSTed to {@code url} with {@code headers},
 * signed with {@code secret}. It belongs to the application that created it; no other sees it.
 *
 * @param headers sent with every delivery, in the order given; values are the application's own
 *     (often a key its endpoint requires), so they are never logged
 * @param secret the HMAC key of the delivery signature, shown to the application only when created
 * @param disabledAt when it was disabled; empty while it receives events
 */
public record Webhook(
        UUID id,
        UUID clientId,
        WebhookEvent event,
        String url,
        Map<String, String> headers,
        Secret secret,
        Optional<Instant> disabledAt,
        Instant createdAt,
        Instant updatedAt) {

    public Webhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(url, "url");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(disabledAt, "disabledAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean enabled() {
        return disabledAt.isEmpty();
    }
}

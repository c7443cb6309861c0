package dev.plugboard.domain.webhook;

import dev.plugboard.domain.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A delivery to send now, with what sending needs from its webhook.
 *
 * @param attempts the attempts made before this one
 */
public record DueDelivery(
        DeliveryKey key, String payload, int attempts, String url, Map<String, String> headers, Secret secret) {
    public DueDelivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(url, "url");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        Objects.requireNonNull(secret, "secret");
    }
}

package dev.plugboard.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A stored delivery and where it stands: pending ({@code nextAttemptAt} present), delivered, or
 * given up ({@code failedAt}).
 *
 * @param attempts the attempts made (or under way)
 * @param lastStatus the receiver's status at the last attempt; empty when it did not answer
 * @param lastError why the last attempt failed; empty after a success
 */
public record Delivery(
        DeliveryKey key,
        WebhookEvent event,
        String payload,
        int attempts,
        Optional<Instant> nextAttemptAt,
        Optional<Instant> deliveredAt,
        Optional<Instant> failedAt,
        OptionalInt lastStatus,
        Optional<String> lastError,
        Instant createdAt) {

    public Delivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(failedAt, "failedAt");
        Objects.requireNonNull(lastStatus, "lastStatus");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

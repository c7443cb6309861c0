package dev.plugboard.domain.webhook;

import java.util.Objects;
import java.util.UUID;

/**
 * One delivery: an event to one webhook. The event id is the same for every webhook the event
 * goes to, and is what receivers deduplicate on ({@code eventId}, {@code X-Plugboard-Event-Id}).
 */
public record DeliveryKey(UUID eventId, UUID webhookId) {
    public DeliveryKey {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(webhookId, "webhookId");
    }
}

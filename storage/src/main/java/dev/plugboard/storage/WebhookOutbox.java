package dev.plugboard.storage;

import dev.plugboard.domain.webhook.ConnectorStatusUpdated;
import dev.plugboard.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Enqueues an event's deliveries inside the caller's transaction: one row per enabled webhook
 * subscribed to the event, due at once. The event and its deliveries therefore commit together, or
 * neither does; the dispatcher sends them afterwards, at least once, from any replica.
 */
public final class WebhookOutbox {
    private static final String ENQUEUE = """
            INSERT INTO webhook_deliveries (id, webhook_id, event, payload, attempts, next_attempt_at, created_at)
            SELECT :eventId, id, :event, :payload, 0, :at, :at FROM webhooks
            WHERE event = :event AND disabled_at IS NULL
            """;

    private WebhookOutbox() {}

    /**
     * Enqueues a connector status change ({@code connector/status_updated}).
     *
     * @return how many deliveries were enqueued: the number of webhooks subscribed to it
     */
    public static int enqueue(Handle handle, ConnectorStatusUpdated event) {
        return enqueue(handle, event.eventId(), event.event(), event.toJson(), event.at());
    }

    /**
     * Enqueues any event whose payload is already written.
     *
     * @param eventId the event's id, which {@code payloadJson} carries as {@code eventId}
     * @param at when the event happened: its deliveries are due from then
     * @return how many deliveries were enqueued
     */
    public static int enqueue(Handle handle, UUID eventId, WebhookEvent event, String payloadJson, Instant at) {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(at, "at");
        return handle.createUpdate(ENQUEUE)
                .bind("eventId", eventId.toString())
                .bind("event", event.wireName())
                .bind("payload", payloadJson)
                .bind("at", at.toEpochMilli())
                .execute();
    }
}

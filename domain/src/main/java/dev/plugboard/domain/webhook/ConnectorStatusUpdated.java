package dev.plugboard.domain.webhook;

import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.health.ChangeReason;
import dev.plugboard.domain.health.StatusChange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * The {@code connector/status_updated} event: one status change of one connector, with the id
 * every delivery of it carries.
 *
 * <p>{@link #toJson()} is Pluggy's payload for this event — {@code event}, {@code eventId}, the
 * connector's id (as {@code id}, the official Node SDK's deprecated "id of the entity related to
 * the event", a string there, and as {@code connectorId}) and {@code data.status} — plus
 * Plugboard's extras inside {@code data}, which clients ignore: the status before, when it changed,
 * why, and the window's connection rate and sample size.
 */
public record ConnectorStatusUpdated(
        UUID eventId,
        int connectorId,
        HealthStatus from,
        HealthStatus to,
        Instant at,
        ChangeReason reason,
        OptionalDouble rate,
        long sample) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public ConnectorStatusUpdated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rate, "rate");
    }

    /** The event of {@code change}, with a new random event id. */
    public static ConnectorStatusUpdated of(StatusChange change) {
        return of(change, UUID.randomUUID());
    }

    public static ConnectorStatusUpdated of(StatusChange change, UUID eventId) {
        return new ConnectorStatusUpdated(
                eventId,
                change.connectorId(),
                change.from(),
                change.to(),
                change.at(),
                change.reason(),
                change.rate(),
                change.sample());
    }

    public WebhookEvent event() {
        return WebhookEvent.CONNECTOR_STATUS_UPDATED;
    }

    /**
     * The payload, compact, in this field order. Every value is a number, a UUID, an enum constant,
     * a fixed name or a formatted time, so none needs escaping.
     */
    public String toJson() {
        return "{\"event\":\"" + event().wireName() + "\""
                + ",\"eventId\":\"" + eventId + "\""
                + ",\"id\":\"" + connectorId + "\""
                + ",\"connectorId\":" + connectorId
                + ",\"data\":{\"status\":\"" + to.name() + "\""
                + ",\"previousStatus\":\"" + from.name() + "\""
                + ",\"changedAt\":\"" + TIME.format(at) + "\""
                + ",\"reason\":\"" + reason.name() + "\""
                + ",\"connectionRate\":" + (rate.isPresent() ? Double.toString(rate.getAsDouble()) : "null")
                + ",\"sampleSize\":" + sample
                + "}}";
    }
}

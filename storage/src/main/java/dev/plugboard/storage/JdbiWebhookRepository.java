package dev.plugboard.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.Secret;
import dev.plugboard.domain.webhook.Delivery;
import dev.plugboard.domain.webhook.DeliveryFailure;
import dev.plugboard.domain.webhook.DeliveryKey;
import dev.plugboard.domain.webhook.DueDelivery;
import dev.plugboard.domain.webhook.Webhook;
import dev.plugboard.domain.webhook.WebhookEvent;
import dev.plugboard.domain.webhook.WebhookRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Webhooks in the {@code webhooks} table and their outbox in {@code webhook_deliveries} (see
 * V004 for why the signing secrets are stored in clear). Every lease condition is in the SQL
 * itself, so a claim is one atomic {@code UPDATE} whichever replica runs it.
 */
final class JdbiWebhookRepository implements WebhookRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {};

    private static final String COLUMNS =
            "id, client_id, event, url, headers, secret, disabled_at, created_at, updated_at";
    private static final String INSERT = """
            INSERT INTO webhooks (id, client_id, event, url, headers, secret, disabled_at, created_at, updated_at)
            VALUES (:id, :clientId, :event, :url, :headers, :secret, :disabledAt, :createdAt, :updatedAt)
            """;
    private static final String SELECT_ONE = "SELECT " + COLUMNS + " FROM webhooks WHERE id = :id";
    private static final String SELECT_OF_CLIENT =
            "SELECT " + COLUMNS + " FROM webhooks WHERE client_id = :clientId ORDER BY created_at, id";
    private static final String UPDATE = """
            UPDATE webhooks SET event = :event, url = :url, headers = :headers, disabled_at = :disabledAt,
                updated_at = :updatedAt
            WHERE id = :id
            """;
    private static final String DELETE_DELIVERIES = "DELETE FROM webhook_deliveries WHERE webhook_id = :id";
    private static final String DELETE = "DELETE FROM webhooks WHERE id = :id";

    private static final String DUE = """
            SELECT d.id, d.webhook_id, d.payload, d.attempts, w.url, w.headers, w.secret
            FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
            WHERE d.next_attempt_at <= :now AND (d.lease_until IS NULL OR d.lease_until < :now)
                AND w.disabled_at IS NULL
            ORDER BY d.next_attempt_at, d.created_at, d.id
            LIMIT :limit
            """;
    private static final String CLAIM = """
            UPDATE webhook_deliveries SET lease_owner = :owner, lease_until = :leaseUntil, attempts = attempts + 1
            WHERE id = :id AND webhook_id = :webhookId AND next_attempt_at <= :now
                AND (lease_until IS NULL OR lease_until < :now)
            """;
    private static final String RENEW = """
            UPDATE webhook_deliveries SET lease_until = :leaseUntil
            WHERE lease_owner = :owner AND next_attempt_at IS NOT NULL AND id IN (<eventIds>)
            """;
    private static final String DELIVERED = """
            UPDATE webhook_deliveries SET delivered_at = :at, failed_at = NULL, next_attempt_at = NULL,
                lease_owner = NULL, lease_until = NULL, last_status = :status, last_error = NULL
            WHERE id = :id AND webhook_id = :webhookId AND delivered_at IS NULL
            """;
    private static final String RETRY_LATER = """
            UPDATE webhook_deliveries SET next_attempt_at = :next, lease_owner = NULL, lease_until = NULL,
                last_status = :status, last_error = :error
            WHERE id = :id AND webhook_id = :webhookId AND lease_owner = :owner AND delivered_at IS NULL
            """;
    private static final String GIVE_UP = """
            UPDATE webhook_deliveries SET next_attempt_at = NULL, failed_at = :at, lease_owner = NULL,
                lease_until = NULL, last_status = :status, last_error = :error
            WHERE id = :id AND webhook_id = :webhookId AND lease_owner = :owner AND delivered_at IS NULL
            """;
    private static final String DELIVERIES = """
            SELECT id, webhook_id, event, payload, attempts, next_attempt_at, delivered_at, failed_at,
                last_status, last_error, created_at
            FROM webhook_deliveries WHERE webhook_id = :webhookId ORDER BY created_at, id
            """;

    private final Jdbi jdbi;

    JdbiWebhookRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Webhook webhook) {
        jdbi.useHandle(h -> bindWebhook(h.createUpdate(INSERT), webhook)
                .bind("clientId", webhook.clientId().toString())
                .bind("secret", webhook.secret().reveal())
                .bind("createdAt", webhook.createdAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<Webhook> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT_ONE)
                .bind("id", id.toString())
                .map(JdbiWebhookRepository::webhook)
                .findOne());
    }

    @Override
    public List<Webhook> list(UUID clientId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT_OF_CLIENT)
                .bind("clientId", clientId.toString())
                .map(JdbiWebhookRepository::webhook)
                .list());
    }

    @Override
    public boolean update(Webhook webhook) {
        return jdbi.withHandle(h -> bindWebhook(h.createUpdate(UPDATE), webhook).execute()) == 1;
    }

    @Override
    public boolean delete(UUID id) {
        return jdbi.inTransaction(h -> {
            h.createUpdate(DELETE_DELIVERIES).bind("id", id.toString()).execute();
            return h.createUpdate(DELETE).bind("id", id.toString()).execute() == 1;
        });
    }

    private static Update bindWebhook(Update update, Webhook webhook) {
        return update.bind("id", webhook.id().toString())
                .bind("event", webhook.event().wireName())
                .bind("url", webhook.url())
                .bind("headers", write(webhook.headers()))
                .bind(
                        "disabledAt",
                        webhook.disabledAt().map(Instant::toEpochMilli).orElse(null))
                .bind("updatedAt", webhook.updatedAt().toEpochMilli());
    }

    @Override
    public List<DueDelivery> due(Instant now, int limit) {
        return jdbi.withHandle(h -> h.createQuery(DUE)
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> new DueDelivery(
                        key(rs),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getString("url"),
                        read(rs.getString("headers")),
                        Secret.of(rs.getString("secret"))))
                .list());
    }

    @Override
    public boolean claim(DeliveryKey key, String owner, Instant now, Instant leaseUntil) {
        return jdbi.withHandle(h -> bindKey(h.createUpdate(CLAIM), key)
                        .bind("owner", owner)
                        .bind("now", now.toEpochMilli())
                        .bind("leaseUntil", leaseUntil.toEpochMilli())
                        .execute())
                == 1;
    }

    @Override
    public int renewLeases(String owner, Collection<UUID> eventIds, Instant leaseUntil) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return jdbi.withHandle(h -> h.createUpdate(RENEW)
                .bind("owner", owner)
                .bind("leaseUntil", leaseUntil.toEpochMilli())
                .bindList("eventIds", eventIds.stream().map(UUID::toString).toList())
                .execute());
    }

    @Override
    public void delivered(DeliveryKey key, int status, Instant at) {
        jdbi.useHandle(h -> bindKey(h.createUpdate(DELIVERED), key)
                .bind("status", status)
                .bind("at", at.toEpochMilli())
                .execute());
    }

    @Override
    public boolean retryLater(DeliveryKey key, String owner, DeliveryFailure failure, Instant nextAttemptAt) {
        return jdbi.withHandle(h -> bindFailure(h.createUpdate(RETRY_LATER), key, owner, failure)
                        .bind("next", nextAttemptAt.toEpochMilli())
                        .execute())
                == 1;
    }

    @Override
    public boolean giveUp(DeliveryKey key, String owner, DeliveryFailure failure, Instant at) {
        return jdbi.withHandle(h -> bindFailure(h.createUpdate(GIVE_UP), key, owner, failure)
                        .bind("at", at.toEpochMilli())
                        .execute())
                == 1;
    }

    @Override
    public List<Delivery> deliveries(UUID webhookId) {
        return jdbi.withHandle(h -> h.createQuery(DELIVERIES)
                .bind("webhookId", webhookId.toString())
                .map(JdbiWebhookRepository::delivery)
                .list());
    }

    private static Update bindKey(Update update, DeliveryKey key) {
        return update.bind("id", key.eventId().toString())
                .bind("webhookId", key.webhookId().toString());
    }

    private static Update bindFailure(Update update, DeliveryKey key, String owner, DeliveryFailure failure) {
        return bindKey(update, key)
                .bind("owner", owner)
                .bind("status", failure.status().isPresent() ? failure.status().getAsInt() : null)
                .bind("error", failure.error());
    }

    private static Webhook webhook(ResultSet rs, StatementContext ctx) throws SQLException {
        String event = rs.getString("event");
        return new Webhook(
                UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("client_id")),
                WebhookEvent.fromWire(event)
                        .orElseThrow(() -> new IllegalStateException("stored webhook event is unknown: " + event)),
                rs.getString("url"),
                read(rs.getString("headers")),
                Secret.of(rs.getString("secret")),
                instant(rs, "disabled_at"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static Delivery delivery(ResultSet rs, StatementContext ctx) throws SQLException {
        String event = rs.getString("event");
        int status = rs.getInt("last_status");
        OptionalInt lastStatus = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
        return new Delivery(
                key(rs),
                WebhookEvent.fromWire(event)
                        .orElseThrow(() -> new IllegalStateException("stored delivery event is unknown: " + event)),
                rs.getString("payload"),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                instant(rs, "delivered_at"),
                instant(rs, "failed_at"),
                lastStatus,
                Optional.ofNullable(rs.getString("last_error")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private static DeliveryKey key(ResultSet rs) throws SQLException {
        return new DeliveryKey(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("webhook_id")));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static String write(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook headers cannot be written as JSON", e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            // The message would quote the stored text, and header values may be secrets.
            throw new IllegalStateException("stored webhook headers cannot be read");
        }
    }
}

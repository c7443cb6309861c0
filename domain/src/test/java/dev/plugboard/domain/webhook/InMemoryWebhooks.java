package dev.plugboard.domain.webhook;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A hand-written subscription store for domain tests; the outbox half is not needed here. */
final class InMemoryWebhooks implements WebhookRepository {
    private final Map<UUID, Webhook> stored = new LinkedHashMap<>();

    @Override
    public void insert(Webhook webhook) {
        stored.put(webhook.id(), webhook);
    }

    @Override
    public Optional<Webhook> find(UUID id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<Webhook> list(UUID clientId) {
        return stored.values().stream()
                .filter(w -> w.clientId().equals(clientId))
                .sorted(Comparator.comparing(Webhook::createdAt))
                .toList();
    }

    @Override
    public boolean update(Webhook webhook) {
        return stored.replace(webhook.id(), webhook) != null;
    }

    @Override
    public boolean delete(UUID id) {
        return stored.remove(id) != null;
    }

    @Override
    public List<DueDelivery> due(Instant now, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean claim(DeliveryKey key, String owner, Instant now, Instant leaseUntil) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int renewLeases(String owner, java.util.Collection<UUID> eventIds, Instant leaseUntil) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delivered(DeliveryKey key, int status, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retryLater(DeliveryKey key, String owner, DeliveryFailure failure, Instant nextAttemptAt) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean giveUp(DeliveryKey key, String owner, DeliveryFailure failure, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Delivery> deliveries(UUID webhookId) {
        throw new UnsupportedOperationException();
    }
}

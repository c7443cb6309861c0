package dev.plugboard.domain.webhook;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Durable storage of subscriptions and of the outbox of their deliveries, shared by every replica.
 * A delivery is claimed with a lease before it is sent, so two replicas never send the same one at
 * the same time; a sender that dies mid-send leaves a lease that expires, and the delivery is sent
 * again (at least once). Deleting a webhook deletes its pending deliveries.
 */
public interface WebhookRepository {
    void insert(Webhook webhook);

    Optional<Webhook> find(UUID id);

    /** An application's webhooks, oldest first. */
    List<Webhook> list(UUID clientId);

    /** Stores every field of {@code webhook} over the stored one; false when there is none. */
    boolean update(Webhook webhook);

    /** Deletes a webhook and its deliveries; false when there is none. */
    boolean delete(UUID id);

    /**
     * Deliveries of enabled webhooks that are due at {@code now} and not leased, earliest first.
     * Reading them claims nothing: see {@link #claim}.
     */
    List<DueDelivery> due(Instant now, int limit);

    /**
     * Leases a due delivery to {@code owner} until {@code leaseUntil} and counts the attempt it is
     * about to make; false when someone else holds an unexpired lease or it is no longer pending.
     */
    boolean claim(DeliveryKey key, String owner, Instant now, Instant leaseUntil);

    /**
     * Extends the leases {@code owner} holds on deliveries of these events (its sends still under
     * way), so a slow receiver does not let another sender take over; returns how many.
     */
    int renewLeases(String owner, Collection<UUID> eventIds, Instant leaseUntil);

    /** Records the receiver's 2xx: the delivery is done, whoever held its lease. */
    void delivered(DeliveryKey key, int status, Instant at);

    /**
     * Records a failed attempt and when to try again, releasing the lease; false when {@code owner}
     * no longer holds it (another sender took over, and its outcome counts).
     */
    boolean retryLater(DeliveryKey key, String owner, DeliveryFailure failure, Instant nextAttemptAt);

    /** Records the last failed attempt and stops retrying; false when {@code owner} lost the lease. */
    boolean giveUp(DeliveryKey key, String owner, DeliveryFailure failure, Instant at);

    /** A webhook's deliveries, oldest first (for inspection and tests). */
    List<Delivery> deliveries(UUID webhookId);
}

package dev.plugboard.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plugboard.domain.Secret;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.health.ChangeReason;
import dev.plugboard.domain.health.HealthState;
import dev.plugboard.domain.health.StatusChange;
import dev.plugboard.domain.webhook.ConnectorStatusUpdated;
import dev.plugboard.domain.webhook.Delivery;
import dev.plugboard.domain.webhook.DeliveryFailure;
import dev.plugboard.domain.webhook.DeliveryKey;
import dev.plugboard.domain.webhook.DueDelivery;
import dev.plugboard.domain.webhook.Webhook;
import dev.plugboard.domain.webhook.WebhookEvent;
import dev.plugboard.domain.webhook.WebhookRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for webhooks and their outbox. Subclasses supply a fresh, empty
 * database; the same assertions run against SQLite and a real PostgreSQL.
 */
abstract class WebhookStorageContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    static final UUID APP = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID OTHER_APP = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID EVENT_1 = UUID.fromString("e1e1e1e1-0000-4000-8000-000000000001");
    static final UUID EVENT_2 = UUID.fromString("e2e2e2e2-0000-4000-8000-000000000002");

    Database database;
    WebhookRepository webhooks;

    /** Settings of a new, empty database. */
    abstract DatabaseSettings freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(freshDatabase(), CLOCK);
        webhooks = database.webhooks();
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Webhook webhook(String id, UUID clientId, String url, Instant createdAt) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Zeta", "z-value");
        headers.put("Authorization", "Bearer receiver-key");
        return new Webhook(
                UUID.fromString(id),
                clientId,
                WebhookEvent.CONNECTOR_STATUS_UPDATED,
                url,
                headers,
                Secret.of("secret-of-" + id.substring(0, 4)),
                Optional.empty(),
                createdAt,
                createdAt);
    }

    static ConnectorStatusUpdated change(UUID eventId, Instant at) {
        return new ConnectorStatusUpdated(
                eventId,
                201,
                HealthStatus.ONLINE,
                HealthStatus.UNSTABLE,
                at,
                ChangeReason.COMPUTED,
                OptionalDouble.of(72.5),
                40);
    }

    private int enqueue(ConnectorStatusUpdated event) {
        return database.jdbi().inTransaction(h -> WebhookOutbox.enqueue(h, event));
    }

    @Test
    void webhooks_are_stored_with_every_field_listed_per_application_updated_and_deleted() {
        Webhook first = webhook("aaaaaaaa-0000-4000-8000-000000000001", APP, "https://a.example/1", T0);
        Webhook second = webhook("aaaaaaaa-0000-4000-8000-000000000002", APP, "https://a.example/2", T0.plusSeconds(1));
        Webhook others = webhook("bbbbbbbb-0000-4000-8000-000000000003", OTHER_APP, "https://b.example", T0);
        webhooks.insert(second);
        webhooks.insert(first);
        webhooks.insert(others);
        Webhook disabled = new Webhook(
                first.id(),
                APP,
                first.event(),
                "https://a.example/moved",
                Map.of(),
                first.secret(),
                Optional.of(T0.plusSeconds(60)),
                T0,
                T0.plusSeconds(60));

        assertThat(webhooks.find(first.id())).contains(first);
        assertThat(webhooks.find(first.id()).orElseThrow().headers().keySet())
                .containsExactly("X-Zeta", "Authorization");
        assertThat(webhooks.list(APP)).containsExactly(first, second);
        assertThat(webhooks.update(disabled)).isTrue();
        assertThat(webhooks.find(first.id())).contains(disabled);
        assertThat(webhooks.delete(second.id())).isTrue();
        assertThat(webhooks.delete(second.id())).isFalse();
        assertThat(webhooks.list(APP)).containsExactly(disabled);
        assertThat(webhooks.list(OTHER_APP)).containsExactly(others);
        assertThat(webhooks.update(second)).isFalse();
    }

    @Test
    void an_event_is_enqueued_once_per_enabled_subscribed_webhook_with_its_payload() {
        Webhook first = webhook("aaaaaaaa-0000-4000-8000-000000000001", APP, "https://a.example/1", T0);
        Webhook second = webhook("bbbbbbbb-0000-4000-8000-000000000002", OTHER_APP, "https://b.example", T0);
        Webhook off = webhook("cccccccc-0000-4000-8000-000000000003", APP, "https://c.example", T0);
        webhooks.insert(first);
        webhooks.insert(second);
        webhooks.insert(off);
        webhooks.update(new Webhook(
                off.id(), APP, off.event(), off.url(), off.headers(), off.secret(), Optional.of(T0), T0, T0));
        ConnectorStatusUpdated event = change(EVENT_1, T0);

        assertThat(enqueue(event)).isEqualTo(2);

        Delivery pending = new Delivery(
                new DeliveryKey(EVENT_1, first.id()),
                WebhookEvent.CONNECTOR_STATUS_UPDATED,
                event.toJson(),
                0,
                Optional.of(T0),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                T0);
        assertThat(webhooks.deliveries(first.id())).containsExactly(pending);
        assertThat(webhooks.deliveries(second.id()))
                .extracting(Delivery::key)
                .containsExactly(new DeliveryKey(EVENT_1, second.id()));
        assertThat(webhooks.deliveries(off.id())).isEmpty();
        assertThat(webhooks.due(T0, 10))
                .containsExactly(
                        new DueDelivery(
                                new DeliveryKey(EVENT_1, first.id()),
                                event.toJson(),
                                0,
                                first.url(),
                                first.headers(),
                                first.secret()),
                        new DueDelivery(
                                new DeliveryKey(EVENT_1, second.id()),
                                event.toJson(),
                                0,
                                second.url(),
                                second.headers(),
                                second.secret()));
    }

    @Test
    void an_event_rolled_back_with_its_transaction_leaves_no_delivery() {
        Webhook first = webhook("aaaaaaaa-0000-4000-8000-000000000001", APP, "https://a.example/1", T0);
        webhooks.insert(first);

        try {
            database.jdbi().useTransaction(h -> {
                WebhookOutbox.enqueue(h, change(EVENT_1, T0));
                throw new IllegalStateException("the status change failed");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction rolled back
        }

        assertThat(webhooks.deliveries(first.id())).isEmpty();
    }

    @Test
    void a_claim_leases_a_due_delivery_to_one_sender_until_the_lease_expires() {
        Webhook first = webhook("aaaaaaaa-0000-4000-8000-000000000001", APP, "https://a.example/1", T0);
        webhooks.insert(first);
        enqueue(change(EVENT_1, T0.plusSeconds(5)));
        DeliveryKey key = new DeliveryKey(EVENT_1, first.id());

        assertThat(webhooks.due(T0, 10)).as("not yet due").isEmpty();
        assertThat(webhooks.claim(key, "early", T0, T0.plusSeconds(10))).isFalse();
        assertThat(webhooks.claim(key, "replica-a", T0.plusSeconds(5), T0.plusSeconds(15)))
                .isTrue();
        assertThat(webhooks.claim(key, "replica-b", T0.plusSeconds(6), T0.plusSeconds(16)))
                .isFalse();
        assertThat(webhooks.due(T0.plusSeconds(6), 10)).isEmpty();
        assertThat(webhooks.renewLeases("replica-a", Set.of(EVENT_1), T0.plusSeconds(20)))
                .isEqualTo(1);
        assertThat(webhooks.renewLeases("replica-b", Set.of(EVENT_1), T0.plusSeconds(99)))
                .isZero();
        assertThat(webhooks.renewLeases("replica-a", Set.of(EVENT_2), T0.plusSeconds(99)))
                .isZero();
        assertThat(webhooks.claim(key, "replica-b", T0.plusSeconds(19), T0.plusSeconds(30)))
                .isFalse();
        assertThat(webhooks.due(T0.plusSeconds(21), 10))
                .extracting(DueDelivery::attempts)
                .containsExactly(1);
        assertThat(webhooks.claim(key, "replica-b", T0.plusSeconds(21), T0.plusSeconds(31)))
                .isTrue();
        assertThat(webhooks.deliveries(first.id()))
                .extracting(Delivery::attempts)
                .containsExactly(2);
    }

    @Test
    void a_failure_reschedules_and_releases_the_lease_unless_another_sender_took_it() {
        Webhook first = webhook("aaaaaaaa-0000-4000-8000-000000000001", APP, "https://a.example/1", T0);
        webhooks.insert(first);
        enqueue(change(EVENT_1, T0));
        DeliveryKey key = new DeliveryKey(EVENT_1, first.id());
        webhooks.claim(key, "replica-a", T0, T0.plusSeconds(10));

        assertThat(webhooks.retryLater(key, "replica-b", DeliveryFailure.status(500), T0.plusSeconds(10)))
                .isFalse();
        assertThat(webhooks.retryLater(key, "replica-a", DeliveryFailure.status(503), T0.plusSeconds(10)))
                .isTrue();

        assertThat(webhooks.deliveries(first.id()))
                .extracting(Delivery::attempts, Delivery::nextAttemptAt, Delivery::lastStatus, Delivery::lastError)
                .containsExactly(tuple(
                        1,
                        Optional.of(T0.plusSeconds(10)),
                        OptionalInt.of(503),
                        Optional.of("the receiver answered HTTP 503")));
        assertThat(webhooks.due(T0.plusSeconds(9), 10)).isEmpty();
        assertThat(webhooks.due(T0.plusSeconds(10), 10))
                .extracting(DueDelivery::attempts)
                .containsExactly(1);
    }

    @Test
    void a_delivered_or_given_up_delivery_is_never_due_again() {
        Webhook first = webhook("aaaaaaaa-0000-4000-8000-000000000001", APP, "https://a.example/1", T0);
        webhooks.insert(first);
        enqueue(change(EVENT_1, T0));
        enqueue(change(EVENT_2, T0.plusSeconds(1)));
        DeliveryKey one = new DeliveryKey(EVENT_1, first.id());
        DeliveryKey two = new DeliveryKey(EVENT_2, first.id());
        webhooks.claim(one, "replica-a", T0.plusSeconds(1), T0.plusSeconds(11));
        webhooks.claim(two, "replica-a", T0.plusSeconds(1), T0.plusSeconds(11));

        webhooks.delivered(one, 204, T0.plusSeconds(2));
        assertThat(webhooks.giveUp(
                        two, "replica-a", DeliveryFailure.noAnswer("no answer within 10 s"), T0.plusSeconds(3)))
                .isTrue();

        assertThat(webhooks.deliveries(first.id()))
                .extracting(
                        Delivery::nextAttemptAt,
                        Delivery::deliveredAt,
                        Delivery::failedAt,
                        Delivery::lastStatus,
                        Delivery::lastError)
                .containsExactly(
                        tuple(
                                Optional.empty(),
                                Optional.of(T0.plusSeconds(2)),
                                Optional.empty(),
                                OptionalInt.of(204),
                                Optional.empty()),
                        tuple(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(T0.plusSeconds(3)),
                                OptionalInt.empty(),
                                Optional.of("no answer within 10 s")));
        assertThat(webhooks.due(T0.plusSeconds(3600), 10)).isEmpty();
        assertThat(webhooks.claim(one, "replica-b", T0.plusSeconds(3600), T0.plusSeconds(3610)))
                .isFalse();
        assertThat(webhooks.claim(two, "replica-b", T0.plusSeconds(3600), T0.plusSeconds(3610)))
                .isFalse();
    }

    @Test
    void deliveries_of_a_disabled_webhook_wait_and_those_of_a_deleted_one_are_deleted() {
        Webhook first = webhook("aaaaaaaa-0000-4000-8000-000000000001", APP, "https://a.example/1", T0);
        Webhook second = webhook("bbbbbbbb-0000-4000-8000-000000000002", APP, "https://a.example/2", T0);
        webhooks.insert(first);
        webhooks.insert(second);
        enqueue(change(EVENT_1, T0));
        webhooks.update(new Webhook(
                first.id(), APP, first.event(), first.url(), first.headers(), first.secret(), Optional.of(T0), T0, T0));

        assertThat(webhooks.due(T0, 10)).extracting(d -> d.key().webhookId()).containsExactly(second.id());
        webhooks.delete(second.id());
        assertThat(webhooks.deliveries(second.id())).isEmpty();
        webhooks.update(first);
        assertThat(webhooks.due(T0, 10)).extracting(d -> d.key().webhookId()).containsExactly(first.id());
    }

    @Test
    void due_deliveries_come_earliest_first_up_to_the_limit() {
        Webhook first = webhook("aaaaaaaa-0000-4000-8000-000000000001", APP, "https://a.example/1", T0);
        webhooks.insert(first);
        enqueue(change(EVENT_2, T0.plusSeconds(2)));
        enqueue(change(EVENT_1, T0.plusSeconds(1)));

        assertThat(webhooks.due(T0.plusSeconds(5), 10))
                .extracting(d -> d.key().eventId())
                .containsExactly(EVENT_1, EVENT_2);
        assertThat(webhooks.due(T0.plusSeconds(5), 1))
                .extracting(d -> d.key().eventId())
                .containsExactly(EVENT_1);
    }

    @Test
    void a_recorded_status_change_enqueues_its_deliveries_in_the_same_transaction() {
        Webhook first = webhook("aaaaaaaa-0000-4000-8000-000000000001", APP, "https://a.example/1", T0);
        webhooks.insert(first);
        StatusChange change = new StatusChange(
                201,
                HealthStatus.ONLINE,
                HealthStatus.UNSTABLE,
                T0,
                ChangeReason.COMPUTED,
                OptionalDouble.of(72.5),
                40);

        boolean recorded = database.health()
                .transition(
                        201, 0, new HealthState(201, HealthStatus.UNSTABLE, Optional.empty()), Optional.of(change), T0);

        assertThat(recorded).isTrue();
        List<Delivery> deliveries = webhooks.deliveries(first.id());
        assertThat(deliveries).hasSize(1);
        UUID eventId = deliveries.get(0).key().eventId();
        assertThat(deliveries.get(0).payload())
                .isEqualTo(ConnectorStatusUpdated.of(change, eventId).toJson());
    }
}

package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.plugboard.domain.Secret;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.health.ChangeReason;
import dev.plugboard.domain.webhook.ConnectorStatusUpdated;
import dev.plugboard.domain.webhook.Delivery;
import dev.plugboard.domain.webhook.DeliveryKey;
import dev.plugboard.domain.webhook.RetryPolicy;
import dev.plugboard.domain.webhook.Webhook;
import dev.plugboard.domain.webhook.WebhookEvent;
import dev.plugboard.domain.webhook.WebhookRepository;
import dev.plugboard.storage.Database;
import dev.plugboard.storage.DatabaseSettings;
import dev.plugboard.storage.WebhookOutbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The dispatcher against a real SQLite outbox and a scripted receiver, on a clock moved by hand. */
class WebhookDispatcherTest {
    static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    static final UUID EVENT = UUID.fromString("e1e1e1e1-0000-4000-8000-000000000001");
    static final String SECRET = "test-signing-secret-0123456789abcdefghijklmno";
    static final String RECEIVER_KEY = "receiver-key-value-42";

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(T0);
    final List<WebhookDispatcher> dispatchers = new ArrayList<>();
    Database database;
    WebhookRepository repository;
    WebhookReceiver receiver;
    Webhook webhook;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.sqlite(dir.resolve("plugboard.db")), clock);
        repository = database.webhooks();
        receiver = new WebhookReceiver();
        webhook = new Webhook(
                UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001"),
                UUID.fromString("11111111-1111-4111-8111-111111111111"),
                WebhookEvent.CONNECTOR_STATUS_UPDATED,
                receiver.url(),
                Map.of("X-Receiver-Key", RECEIVER_KEY),
                Secret.of(SECRET),
                Optional.empty(),
                T0,
                T0);
        repository.insert(webhook);
    }

    @AfterEach
    void close() {
        dispatchers.forEach(WebhookDispatcher::close);
        receiver.close();
        database.close();
    }

    private WebhookDispatcher dispatcher(WebhookDispatcher.Settings settings) {
        WebhookDispatcher dispatcher = new WebhookDispatcher(repository, settings, clock);
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    private WebhookDispatcher dispatcher() {
        return dispatcher(WebhookDispatcher.Settings.DEFAULT);
    }

    private static void finish(CompletableFuture<Void> round) throws Exception {
        round.get(10, TimeUnit.SECONDS);
    }

    private ConnectorStatusUpdated enqueue(UUID eventId) {
        ConnectorStatusUpdated event = new ConnectorStatusUpdated(
                eventId,
                201,
                HealthStatus.ONLINE,
                HealthStatus.OFFLINE,
                clock.instant(),
                ChangeReason.COMPUTED,
                OptionalDouble.of(12.5),
                80);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + dir.resolve("plugboard.db"));
        Jdbi.create(source).useTransaction(h -> WebhookOutbox.enqueue(h, event));
        return event;
    }

    private Delivery delivery() {
        List<Delivery> all = repository.deliveries(webhook.id());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    static String hmacHex(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_due_delivery_is_posted_once_signed_with_the_webhooks_headers_and_marked_delivered() throws Exception {
        ConnectorStatusUpdated event = enqueue(EVENT);
        WebhookDispatcher dispatcher = dispatcher();

        finish(dispatcher.dispatchOnce());
        finish(dispatcher.dispatchOnce());

        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received request = receiver.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.body()).isEqualTo(event.toJson());
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(request.headers().getFirst("X-Plugboard-Event-Id")).isEqualTo(EVENT.toString());
        assertThat(request.headers().getFirst("X-Receiver-Key")).isEqualTo(RECEIVER_KEY);
        long t = T0.getEpochSecond();
        assertThat(request.headers().getFirst("X-Plugboard-Signature"))
                .isEqualTo("t=" + t + ",v1=" + hmacHex(SECRET, t + "." + request.body()));
        assertThat(delivery())
                .extracting(Delivery::attempts, Delivery::deliveredAt, Delivery::nextAttemptAt, Delivery::lastStatus)
                .containsExactly(1, Optional.of(T0), Optional.empty(), OptionalInt.of(204));
    }

    @Test
    void a_failed_delivery_is_retried_after_ten_then_twenty_seconds_until_it_succeeds() throws Exception {
        enqueue(EVENT);
        receiver.answering(500, 503);
        WebhookDispatcher dispatcher = dispatcher();

        finish(dispatcher.dispatchOnce());
        Delivery first = delivery();
        clock.advance(Duration.ofSeconds(9));
        finish(dispatcher.dispatchOnce());
        int afterNine = receiver.received().size();
        clock.advance(Duration.ofSeconds(1));
        finish(dispatcher.dispatchOnce());
        Delivery second = delivery();
        clock.advance(Duration.ofSeconds(20));
        finish(dispatcher.dispatchOnce());

        assertThat(first)
                .extracting(Delivery::attempts, Delivery::nextAttemptAt, Delivery::lastStatus, Delivery::lastError)
                .containsExactly(
                        1,
                        Optional.of(T0.plusSeconds(10)),
                        OptionalInt.of(500),
                        Optional.of("the receiver answered HTTP 500"));
        assertThat(afterNine).as("nothing is sent before the backoff").isEqualTo(1);
        assertThat(second)
                .extracting(Delivery::attempts, Delivery::nextAttemptAt, Delivery::lastStatus)
                .containsExactly(2, Optional.of(T0.plusSeconds(30)), OptionalInt.of(503));
        assertThat(delivery())
                .extracting(Delivery::attempts, Delivery::deliveredAt, Delivery::lastStatus, Delivery::lastError)
                .containsExactly(3, Optional.of(T0.plusSeconds(30)), OptionalInt.of(204), Optional.empty());
        assertThat(receiver.received())
                .extracting(r -> r.headers().getFirst("X-Plugboard-Event-Id"))
                .containsExactly(EVENT.toString(), EVENT.toString(), EVENT.toString());
    }

    @Test
    void a_delivery_is_given_up_after_the_last_attempt_with_its_last_error() throws Exception {
        enqueue(EVENT);
        receiver.answering(500, 500, 502, 500);
        WebhookDispatcher dispatcher = dispatcher(new WebhookDispatcher.Settings(
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 3),
                4));

        finish(dispatcher.dispatchOnce());
        clock.advance(Duration.ofSeconds(1));
        finish(dispatcher.dispatchOnce());
        clock.advance(Duration.ofSeconds(2));
        finish(dispatcher.dispatchOnce());
        clock.advance(Duration.ofHours(1));
        finish(dispatcher.dispatchOnce());

        assertThat(receiver.received()).hasSize(3);
        assertThat(delivery())
                .extracting(
                        Delivery::attempts,
                        Delivery::nextAttemptAt,
                        Delivery::failedAt,
                        Delivery::deliveredAt,
                        Delivery::lastStatus,
                        Delivery::lastError)
                .containsExactly(
                        3,
                        Optional.empty(),
                        Optional.of(T0.plusSeconds(3)),
                        Optional.empty(),
                        OptionalInt.of(502),
                        Optional.of("the receiver answered HTTP 502"));
    }

    @Test
    void no_answer_in_time_and_no_connection_are_failed_attempts_without_a_status() throws Exception {
        enqueue(EVENT);
        receiver.answeringAfter(Duration.ofSeconds(2), 204);
        WebhookDispatcher.Settings quick = new WebhookDispatcher.Settings(
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofMillis(300),
                RetryPolicy.DEFAULT,
                4);

        finish(dispatcher(quick).dispatchOnce());
        Delivery slow = delivery();
        receiver.close();
        clock.advance(Duration.ofSeconds(10));
        finish(dispatcher(quick).dispatchOnce());

        assertThat(slow)
                .extracting(Delivery::attempts, Delivery::lastStatus, Delivery::lastError)
                .containsExactly(1, OptionalInt.empty(), Optional.of("the receiver did not answer within 300 ms"));
        assertThat(delivery())
                .extracting(Delivery::attempts, Delivery::nextAttemptAt, Delivery::lastStatus, Delivery::lastError)
                .containsExactly(
                        2,
                        Optional.of(T0.plusSeconds(30)),
                        OptionalInt.empty(),
                        Optional.of("could not connect to the receiver"));
    }

    @Test
    void two_dispatchers_on_one_database_send_a_delivery_once() throws Exception {
        enqueue(EVENT);
        receiver.answeringAfter(Duration.ofMillis(300), 204);
        WebhookDispatcher a = dispatcher();
        WebhookDispatcher b = dispatcher();

        CompletableFuture<Void> first = a.dispatchOnce();
        CompletableFuture<Void> second = b.dispatchOnce();
        finish(first);
        finish(second);

        assertThat(receiver.received()).hasSize(1);
        assertThat(delivery().deliveredAt()).contains(T0);
    }

    @Test
    void a_send_under_way_keeps_its_lease_and_a_crashed_senders_lease_expires() throws Exception {
        enqueue(EVENT);
        receiver.answeringAfter(Duration.ofMillis(800), 204);
        WebhookDispatcher.Settings shortLease = new WebhookDispatcher.Settings(
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                RetryPolicy.DEFAULT,
                4);
        WebhookDispatcher slow = dispatcher(shortLease);
        WebhookDispatcher other = dispatcher(shortLease);

        CompletableFuture<Void> sending = slow.dispatchOnce();
        clock.advance(Duration.ofMillis(1500));
        finish(slow.dispatchOnce()); // renews the lease to T0 + 3.5 s
        clock.advance(Duration.ofMillis(1500));
        finish(other.dispatchOnce()); // T0 + 3 s: still leased
        finish(sending);

        assertThat(receiver.received()).hasSize(1);
        assertThat(delivery().attempts()).isEqualTo(1);

        UUID second = UUID.fromString("e2e2e2e2-0000-4000-8000-000000000002");
        enqueue(second);
        DeliveryKey crashed = new DeliveryKey(second, webhook.id());
        assertThat(repository.claim(
                        crashed,
                        "a-sender-that-died",
                        clock.instant(),
                        clock.instant().plusSeconds(2)))
                .isTrue();
        finish(other.dispatchOnce());
        int whileLeased = receiver.received().size();
        clock.advance(Duration.ofSeconds(3));
        finish(other.dispatchOnce());

        assertThat(whileLeased).isEqualTo(1);
        assertThat(repository.deliveries(webhook.id()))
                .extracting(
                        d -> d.key().eventId(),
                        Delivery::attempts,
                        d -> d.deliveredAt().isPresent())
                .containsExactly(tuple(EVENT, 1, true), tuple(second, 2, true));
    }

    @Test
    void logs_never_show_the_secret_the_header_values_or_the_url() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(WebhookDispatcher.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            enqueue(EVENT);
            receiver.answering(500);
            WebhookDispatcher dispatcher = dispatcher(new WebhookDispatcher.Settings(
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(10),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(10),
                    new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2),
                    4));
            finish(dispatcher.dispatchOnce());
            receiver.close();
            clock.advance(Duration.ofSeconds(1));
            finish(dispatcher.dispatchOnce());
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        "webhook delivery " + EVENT + " to webhook " + webhook.id()
                                + " failed (attempt 1 of 2): the receiver answered HTTP 500; next attempt at "
                                + T0.plusSeconds(1),
                        "webhook delivery " + EVENT + " to webhook " + webhook.id()
                                + " given up after 2 attempts: could not connect to the receiver");
        assertThat(appender.list)
                .allSatisfy(e -> assertThat(e.getFormattedMessage())
                        .doesNotContain(SECRET)
                        .doesNotContain(RECEIVER_KEY)
                        .doesNotContain(receiver.url()));
    }
}

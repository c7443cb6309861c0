package dev.plugboard.app;

import dev.plugboard.domain.webhook.DeliveryFailure;
import dev.plugboard.domain.webhook.DeliveryKey;
import dev.plugboard.domain.webhook.DueDelivery;
import dev.plugboard.domain.webhook.RetryPolicy;
import dev.plugboard.domain.webhook.WebhookRepository;
import dev.plugboard.domain.webhook.WebhookSignature;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the webhook outbox. Every {@code pollInterval} it extends the leases of its sends under
 * way, then claims due deliveries (each with a lease, so no other replica sends one at the same
 * time) and POSTs each on its own virtual thread: the payload, the webhook's headers,
 * {@code Content-Type: application/json}, {@code X-Plugboard-Event-Id} and
 * {@code X-Plugboard-Signature}. A 2xx marks it delivered; anything else (another status, no
 * connection, no answer in time) is retried by the {@link RetryPolicy}, then given up with the last
 * error. At least once: a sender that dies mid-send leaves a lease that expires, and the delivery
 * is sent again; receivers deduplicate on the event id. Redirects are not followed.
 *
 * <p>Logs name deliveries by event and webhook id only: never the URL (it may carry a token), the
 * secret or a header value.
 */
final class WebhookDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /**
     * @param lease how long a claimed delivery is reserved without renewal; renewed every round
     *     while its send is under way, so it bounds how soon a crashed sender's delivery is resent
     * @param maxInFlight the most sends under way at once
     */
    record Settings(
            Duration pollInterval,
            Duration lease,
            Duration connectTimeout,
            Duration responseTimeout,
            RetryPolicy retry,
            int maxInFlight) {
        static final Settings DEFAULT = new Settings(
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                RetryPolicy.DEFAULT,
                16);

        Settings {
            for (Duration d : List.of(pollInterval, lease, connectTimeout, responseTimeout)) {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("webhook dispatcher durations must be positive: " + d);
                }
            }
            Objects.requireNonNull(retry, "retry");
            if (maxInFlight < 1) {
                throw new IllegalArgumentException("maxInFlight must be 1 or more: " + maxInFlight);
            }
        }
    }

    private final WebhookRepository repository;
    private final Settings settings;
    private final Clock clock;
    private final String owner = "plugboard-" + UUID.randomUUID();
    /** Made on the first delivery: building it (with its TLS context) cost every start time. */
    private volatile HttpClient client;

    private final Set<DeliveryKey> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plugboard-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean failing;

    WebhookDispatcher(WebhookRepository repository, Settings settings, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder()
                            .connectTimeout(settings.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                    client = made;
                }
            }
        }
        return made;
    }

    /** Starts the rounds; {@link #close} stops them. */
    void start() {
        long every = settings.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::guardedRound, every, every, TimeUnit.MILLISECONDS);
    }

    private void guardedRound() {
        try {
            dispatchOnce();
            if (failing) {
                LOG.info("the database answers again; webhook deliveries resume");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("cannot reach the database to send webhook deliveries; retrying every round", e);
                failing = true;
            }
        }
    }

    /**
     * One round: renews the leases of sends under way, then claims and starts the due deliveries
     * there is room for.
     *
     * @return completes when every send this round started has finished and been recorded
     */
    CompletableFuture<Void> dispatchOnce() {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.lease());
        if (!inFlight.isEmpty()) {
            repository.renewLeases(
                    owner,
                    inFlight.stream().map(DeliveryKey::eventId).distinct().toList(),
                    leaseUntil);
        }
        int room = settings.maxInFlight() - inFlight.size();
        List<CompletableFuture<Void>> started = new ArrayList<>();
        if (room > 0) {
            for (DueDelivery delivery : repository.due(now, room)) {
                if (repository.claim(delivery.key(), owner, now, leaseUntil)) {
                    inFlight.add(delivery.key());
                    started.add(CompletableFuture.runAsync(() -> deliver(delivery), senders)
                            .whenComplete((ignored, failure) -> inFlight.remove(delivery.key())));
                }
            }
        }
        return CompletableFuture.allOf(started.toArray(CompletableFuture[]::new));
    }

    private void deliver(DueDelivery delivery) {
        try {
            send(delivery);
        } catch (RuntimeException e) {
            LOG.warn(
                    "webhook delivery {} to webhook {}: the outcome could not be recorded; its lease will expire"
                            + " and it will be sent again",
                    delivery.key().eventId(),
                    delivery.key().webhookId(),
                    e);
        }
    }

    private void send(DueDelivery delivery) {
        int attempt = delivery.attempts() + 1;
        DeliveryFailure failure;
        try {
            HttpResponse<Void> response = client().send(request(delivery), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                repository.delivered(delivery.key(), response.statusCode(), clock.instant());
                return;
            }
            failure = DeliveryFailure.status(response.statusCode());
        } catch (HttpConnectTimeoutException e) {
            failure = DeliveryFailure.noAnswer(
                    "could not connect to the receiver within " + seconds(settings.connectTimeout()));
        } catch (HttpTimeoutException e) {
            failure = DeliveryFailure.noAnswer(
                    "the receiver did not answer within " + seconds(settings.responseTimeout()));
        } catch (ConnectException e) {
            failure = DeliveryFailure.noAnswer("could not connect to the receiver");
        } catch (IOException e) {
            failure = DeliveryFailure.noAnswer(
                    "the exchange with the receiver failed (" + e.getClass().getSimpleName() + ")");
        } catch (IllegalArgumentException e) {
            // The URL or a header no longer makes a valid request (it was accepted under other rules).
            failure = DeliveryFailure.noAnswer("the request could not be built from the webhook's URL and headers");
        } catch (InterruptedException e) {
            // Shutting down: the lease expires and the delivery is sent again.
            Thread.currentThread().interrupt();
            return;
        }
        record(delivery.key(), attempt, failure);
    }

    private HttpRequest request(DueDelivery delivery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(settings.responseTimeout())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8));
        delivery.headers().forEach(request::header);
        long sentAt = clock.instant().getEpochSecond();
        return request.setHeader("Content-Type", "application/json")
                .setHeader(
                        WebhookSignature.EVENT_ID_HEADER,
                        delivery.key().eventId().toString())
                .setHeader(
                        WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), sentAt, delivery.payload()))
                .build();
    }

    private void record(DeliveryKey key, int attempt, DeliveryFailure failure) {
        Instant now = clock.instant();
        int most = settings.retry().maxAttempts();
        if (settings.retry().retries(attempt)) {
            Instant next = now.plus(settings.retry().delayAfter(attempt));
            if (repository.retryLater(key, owner, failure, next)) {
                LOG.info(
                        "webhook delivery {} to webhook {} failed (attempt {} of {}): {}; next attempt at {}",
                        key.eventId(),
                        key.webhookId(),
                        attempt,
                        most,
                        failure.error(),
                        next);
            }
        } else if (repository.giveUp(key, owner, failure, now)) {
            LOG.warn(
                    "webhook delivery {} to webhook {} given up after {} attempts: {}",
                    key.eventId(),
                    key.webhookId(),
                    attempt,
                    failure.error());
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /**
     * Stops the rounds and gives sends under way two seconds to finish; those still running are
     * abandoned, and their leases expire so another round (here after a restart, or on another
     * replica) sends them again.
     */
    @Override
    public void close() {
        ticker.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(2, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
        HttpClient made = client;
        if (made != null) {
            made.shutdownNow();
        }
    }
}

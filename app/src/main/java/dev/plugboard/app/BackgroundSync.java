package dev.plugboard.app;

import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.catalog.CatalogReloader;
import dev.plugboard.http.auth.TokenService;
import dev.plugboard.http.health.HealthServices;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica in step with the shared database: every {@link #CATALOG_INTERVAL} it compares
 * the stored catalog version with the served one and reloads on a change (only the version number
 * is polled); every {@link #KEYS_INTERVAL} it reloads the signing keys, which the CLI may rotate.
 * A change made through any replica or the CLI is therefore served everywhere within about half a
 * second. It also recomputes connector health from the shared outcomes every few seconds, so every
 * replica reports the same health within that interval. A failed round (the database is down) is logged once and retried; reads keep being
 * served from memory meanwhile.
 */
final class BackgroundSync implements AutoCloseable {
    static final Duration CATALOG_INTERVAL = Duration.ofMillis(500);
    static final Duration KEYS_INTERVAL = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSync.class);

    /** How often outcomes older than the retention periods are deleted. */
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plugboard-sync");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean failing;

    BackgroundSync(CatalogReloader reloader, SigningKeyStore keys, TokenService tokens) {
        executor.scheduleWithFixedDelay(
                () -> guarded(reloader::refresh),
                CATALOG_INTERVAL.toMillis(),
                CATALOG_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(
                () -> guarded(() -> tokens.replaceKeys(keys.current())),
                KEYS_INTERVAL.toMillis(),
                KEYS_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Recomputes health every {@code settings.refreshInterval()} and publishes it; deletes
     * outcomes past their retention every hour.
     */
    void keepHealth(HealthServices health, Catalog catalog, HealthSettings settings, Clock clock) {
        long refresh = settings.refreshInterval().toMillis();
        executor.scheduleWithFixedDelay(
                () -> guarded(() -> health.board()
                        .publish(health.monitor()
                                .refresh(
                                        catalog.current(),
                                        Optional.of(health.board().current())))),
                refresh,
                refresh,
                TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(
                () -> guarded(() -> health.repository()
                        .purge(
                                clock.instant().minus(settings.executionsRetention()),
                                clock.instant().minus(settings.aggregatesRetention()))),
                0,
                PURGE_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void guarded(Runnable work) {
        try {
            work.run();
            if (failing) {
                LOG.info("the database answers again; catalog and keys are in sync");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("cannot reach the database to sync the catalog and keys; serving what is in memory", e);
                failing = true;
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package dev.plugboard.http;

import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.ApplicationRepository;
import dev.plugboard.domain.auth.SecretHash;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * A hand-written in-memory application store for HTTP tests; {@link #failing} simulates a bug,
 * {@link #unreachable} a database that cannot be reached (as the pool reports it), {@link #hold} a
 * slow database.
 */
final class InMemoryApplications implements ApplicationRepository {
    private final Map<UUID, Stored> stored = new LinkedHashMap<>();
    volatile boolean failing;
    private volatile CountDownLatch held = new CountDownLatch(0);

    /** Makes every lookup wait until {@link #release}. */
    void hold() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    volatile boolean unreachable;

    @Override
    public synchronized void insert(Application application, SecretHash secretHash) {
        stored.put(application.clientId(), new Stored(application, secretHash));
    }

    @Override
    public Optional<Stored> find(UUID clientId) {
        try {
            held.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held", e);
        }
        synchronized (this) {
            if (failing) {
                throw new IllegalStateException("simulated database outage");
            }
            if (unreachable) {
                throw new IllegalStateException(new SQLTransientConnectionException(
                        "plugboard-db - Connection is not available, request timed out after 5000ms.", "08001"));
            }
            return Optional.ofNullable(stored.get(clientId));
        }
    }

    @Override
    public synchronized List<Application> list() {
        return new ArrayList<>(stored.values().stream().map(Stored::application).toList());
    }

    @Override
    public synchronized boolean disable(UUID clientId, Instant at) {
        Stored s = stored.get(clientId);
        if (s == null) {
            return false;
        }
        Application a = s.application();
        stored.put(
                clientId,
                new Stored(new Application(a.clientId(), a.name(), a.role(), false, a.createdAt()), s.secretHash()));
        return true;
    }

    @Override
    public synchronized long count() {
        return stored.size();
    }
}

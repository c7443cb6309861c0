package dev.plugboard.http.ops;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The readiness probe's database check, cached so probes cannot hammer the database: a result is
 * reused for {@link #FRESH_FOR}; at most one check runs at a time, on one thread of its own; a
 * check that has not answered within {@link #TIMEOUT} counts as "unreachable" (the check goes on,
 * and the next probe after it ends sees its own result).
 */
public final class DatabaseProbe implements AutoCloseable {
    static final Duration FRESH_FOR = Duration.ofSeconds(1);
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final DatabaseCheck check;
    private final LongSupplier nanoTime;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "plugboard-db-probe");
        t.setDaemon(true);
        return t;
    });
    private boolean lastResult;
    private long lastAt;
    private boolean checked;
    private CompletableFuture<Boolean> running;

    public DatabaseProbe(DatabaseCheck check) {
        this(check, System::nanoTime);
    }

    DatabaseProbe(DatabaseCheck check, LongSupplier nanoTime) {
        this.check = Objects.requireNonNull(check, "check");
        this.nanoTime = nanoTime;
    }

    /** Completes with whether the database is reachable, within {@link #TIMEOUT} at most. */
    public synchronized CompletableFuture<Boolean> reachable() {
        long now = nanoTime.getAsLong();
        if (checked && now - lastAt < FRESH_FOR.toNanos()) {
            return CompletableFuture.completedFuture(lastResult);
        }
        if (running == null) {
            running = CompletableFuture.supplyAsync(this::runCheck, thread);
        }
        return running.copy()
                .completeOnTimeout(false, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, failure) -> remember(result));
    }

    private boolean runCheck() {
        boolean result;
        try {
            result = check.reachable();
        } catch (Exception e) {
            result = false;
        }
        synchronized (this) {
            running = null;
        }
        return result;
    }

    private synchronized void remember(Boolean result) {
        lastResult = Boolean.TRUE.equals(result);
        lastAt = nanoTime.getAsLong();
        checked = true;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

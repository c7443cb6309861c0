package dev.plugboard.client.internal;

import dev.plugboard.client.ApiKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The API key a client sends, shared by all its threads. With client keys it authenticates on
 * first use, renews a key {@code margin} before its {@code exp}, and renews once when the server
 * rejects a key (403); concurrent callers wait for one renewal instead of each making their own.
 * Without client keys it sends the key it was given as it is.
 */
public final class ApiKeys {
    private final Optional<Supplier<ApiKey>> authenticator;
    private final Clock clock;
    private final Duration margin;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile ApiKey current;

    public ApiKeys(Optional<ApiKey> given, Optional<Supplier<ApiKey>> authenticator, Clock clock, Duration margin) {
        if (given.isEmpty() && authenticator.isEmpty()) {
            throw new IllegalArgumentException("an API key or a way to get one is needed");
        }
        this.current = given.orElse(null);
        this.authenticator = authenticator;
        this.clock = clock;
        this.margin = margin;
    }

    /** The key to send now: the held one while it is fresh, else a new one. */
    public String current() {
        ApiKey held = current;
        if (usable(held)) {
            return held.value();
        }
        lock.lock();
        try {
            if (!usable(current)) {
                current = authenticator.orElseThrow().get();
            }
            return current.value();
        } finally {
            lock.unlock();
        }
    }

    /** Whether a rejected key can be replaced: only with client keys. */
    public boolean renewable() {
        return authenticator.isPresent();
    }

    /**
     * A key to replace {@code rejected}: a new one, unless another thread already replaced it
     * while this one waited.
     */
    public String renewAfterRejection(String rejected) {
        lock.lock();
        try {
            if (current == null || current.value().equals(rejected)) {
                current = authenticator.orElseThrow().get();
            }
            return current.value();
        } finally {
            lock.unlock();
        }
    }

    /** A new key, now, held for the calls that follow. */
    public ApiKey renew() {
        lock.lock();
        try {
            current = authenticator.orElseThrow().get();
            return current;
        } finally {
            lock.unlock();
        }
    }

    private boolean usable(ApiKey key) {
        if (key == null) {
            return false;
        }
        if (authenticator.isEmpty() || key.expiresAt().isEmpty()) {
            return true;
        }
        return clock.instant().plus(margin).isBefore(key.expiresAt().get());
    }
}

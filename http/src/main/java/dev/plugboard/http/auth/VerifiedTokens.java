package dev.plugboard.http.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens already verified, with the caller each proves, so that a client sending the same key on
 * every request costs a map lookup instead of a JWT parse and an HMAC. Only tokens that passed every
 * check get in, so a flood of forged or garbled keys cannot fill it.
 *
 * <p>Nothing here widens what a token may do: the expiry is checked on every use (an entry past
 * its {@code exp} is dropped and refused), an {@code iat} that was not too far ahead when checked
 * cannot become so later, and a {@link TokenService} starts a new cache whenever the set of keys
 * that verify changes, so a dropped key's tokens stop working at once.
 *
 * <p>Bounded: at {@code capacity} tokens, adding one first drops the expired ones and, if that frees
 * nothing, forgets them all (they are verified again on their next use). A server seeing more than
 * {@code capacity} live tokens at once still answers correctly, only without the saving.
 */
final class VerifiedTokens {
    /** Enough for every client of a large deployment; about 4 MB when full. */
    static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final ConcurrentHashMap<String, Optional<Caller>> entries;

    VerifiedTokens(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a token cache holds at least one token, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new ConcurrentHashMap<>(Math.min(capacity, 1024));
    }

    /**
     * The caller of a token verified earlier and not expired at {@code now}; empty when the token is
     * not here, or has expired (it is dropped then), and must be verified in full.
     */
    Optional<Caller> find(String token, Instant now) {
        Optional<Caller> caller = entries.get(token);
        if (caller == null) {
            return Optional.empty();
        }
        if (caller.get().expiresAt().isAfter(now)) {
            return caller;
        }
        entries.remove(token, caller);
        return Optional.empty();
    }

    /** Keeps a token that passed every check; returns the caller, wrapped once for every later use. */
    Optional<Caller> add(String token, Caller caller, Instant now) {
        Optional<Caller> entry = Optional.of(caller);
        if (entries.size() >= capacity) {
            entries.values().removeIf(c -> !c.get().expiresAt().isAfter(now));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(token, entry);
        return entry;
    }

    int size() {
        return entries.size();
    }
}

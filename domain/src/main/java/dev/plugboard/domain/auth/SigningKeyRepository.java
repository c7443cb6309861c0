package dev.plugboard.domain.auth;

import dev.plugboard.domain.Secret;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Token-signing keys shared by every replica: one current key and the retired ones, which keep
 * verifying the tokens they signed until those expire.
 */
public interface SigningKeyRepository {
    /** A stored key; {@code secret} is its base64url text. */
    record StoredKey(String id, Secret secret, Instant createdAt, Optional<Instant> retiredAt) {
        public StoredKey {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(retiredAt, "retiredAt");
        }
    }

    /** Every key, newest first. */
    List<StoredKey> all();

    /** Stores the first key unless one exists; returns the keys after the call. */
    List<StoredKey> initialise(StoredKey first);

    /** Retires the current key at {@code at} and makes {@code next} current, in one transaction. */
    void rotate(StoredKey next, Instant at);
}

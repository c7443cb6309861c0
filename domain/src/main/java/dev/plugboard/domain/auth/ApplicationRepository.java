package dev.plugboard.domain.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Durable storage of applications and the hashes of their secrets. */
public interface ApplicationRepository {
    /** A stored application with the hash its secret must match. */
    record Stored(Application application, SecretHash secretHash) {}

    void insert(Application application, SecretHash secretHash);

    Optional<Stored> find(UUID clientId);

    /** Every application, oldest first. */
    List<Application> list();

    /** Disables an application; false when there is none with this id. */
    boolean disable(UUID clientId, Instant at);

    long count();
}

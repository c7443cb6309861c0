package dev.plugboard.domain.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A hand-written fake that keeps what it is given and nothing else, so tests can inspect it. */
final class InMemoryApplicationRepository implements ApplicationRepository {
    private final Map<UUID, Stored> stored = new LinkedHashMap<>();
    private final Map<UUID, Instant> disabledAt = new HashMap<>();

    @Override
    public void insert(Application application, SecretHash secretHash) {
        if (stored.putIfAbsent(application.clientId(), new Stored(application, secretHash)) != null) {
            throw new IllegalStateException("duplicate client id " + application.clientId());
        }
    }

    @Override
    public Optional<Stored> find(UUID clientId) {
        return Optional.ofNullable(stored.get(clientId));
    }

    @Override
    public List<Application> list() {
        return stored.values().stream().map(Stored::application).toList();
    }

    @Override
    public boolean disable(UUID clientId, Instant at) {
        Stored current = stored.get(clientId);
        if (current == null) {
            return false;
        }
        Application application = current.application();
        stored.put(
                clientId,
                new Stored(
                        new Application(
                                application.clientId(),
                                application.name(),
                                application.role(),
                                false,
                                application.createdAt()),
                        current.secretHash()));
        disabledAt.put(clientId, at);
        return true;
    }

    @Override
    public long count() {
        return stored.size();
    }

    /** Everything stored, in insertion order. */
    List<Stored> stored() {
        return new ArrayList<>(stored.values());
    }

    Optional<Instant> disabledAt(UUID clientId) {
        return Optional.ofNullable(disabledAt.get(clientId));
    }
}

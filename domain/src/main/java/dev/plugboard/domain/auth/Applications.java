package dev.plugboard.domain.auth;

import dev.plugboard.domain.Secret;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates, lists, disables and authenticates applications. Every call goes to the repository, so
 * an application created by the CLI while the server runs can authenticate at once. Blocking:
 * call it off the event loop.
 */
public final class Applications {
    /** Bytes of randomness in a client secret: 256 bits, written as 43 base64url characters. */
    static final int SECRET_BYTES = 32;

    private final ApplicationRepository repository;
    private final Clock clock;
    private final SecureRandom random;

    public Applications(ApplicationRepository repository, Clock clock, SecureRandom random) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Creates an enabled application; the returned secret is shown once and never stored. */
    public NewApplication create(String name) {
        return create(name, Role.APPLICATION);
    }

    /** Creates an enabled client with a role; the returned secret is shown once and never stored. */
    public NewApplication create(String name, Role role) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("application name must not be blank");
        }
        Application application = new Application(UUID.randomUUID(), name.strip(), role, true, clock.instant());
        Secret secret = newSecret();
        repository.insert(application, SecretHash.of(secret, random));
        return new NewApplication(application, secret);
    }

    public Authentication authenticate(UUID clientId, Secret clientSecret) {
        Optional<ApplicationRepository.Stored> stored = repository.find(clientId);
        if (stored.isEmpty() || !stored.get().secretHash().verifies(clientSecret)) {
            return Authentication.invalid();
        }
        Application application = stored.get().application();
        return application.enabled() ? Authentication.authenticated(application) : Authentication.disabled(application);
    }

    public List<Application> list() {
        return repository.list();
    }

    public Optional<Application> find(UUID clientId) {
        return repository.find(clientId).map(ApplicationRepository.Stored::application);
    }

    /** Disables an application: it can no longer obtain API keys. False when the id is unknown. */
    public boolean disable(UUID clientId) {
        return repository.disable(clientId, clock.instant());
    }

    /** Whether no application (of the application role) exists yet. */
    public boolean none() {
        return repository.list().stream().noneMatch(a -> a.role() == Role.APPLICATION);
    }

    private Secret newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}

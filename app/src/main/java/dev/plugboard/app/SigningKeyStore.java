package dev.plugboard.app;

import dev.plugboard.domain.Secret;
import dev.plugboard.domain.auth.SigningKeyRepository;
import dev.plugboard.domain.auth.SigningKeyRepository.StoredKey;
import dev.plugboard.http.auth.SigningKey;
import dev.plugboard.http.auth.TokenService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The token-signing keys: a configured key ({@code PLUGBOARD_SIGNING_KEY}) when there is one;
 * otherwise the keys kept in the database, shared by every replica, generated on first start.
 * Keeping them means a restart does not invalidate the API keys already issued. A retired key
 * keeps verifying the tokens it signed until the longest of them has expired.
 */
final class SigningKeyStore {
    /** Where Plugboard 0.1 kept its key; imported into the database once, if present. */
    static final String LEGACY_FILE_NAME = "signing-key";

    private final Optional<Secret> configured;
    private final SigningKeyRepository repository;
    private final Clock clock;

    SigningKeyStore(Optional<Secret> configured, SigningKeyRepository repository, Clock clock) {
        this.configured = configured;
        this.repository = repository;
        this.clock = clock;
    }

    /** A problem sentence when a configured key is unusable; never contains the key. */
    static Optional<String> check(Secret configured) {
        try {
            SigningKey.decode(configured.reveal());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("signing-key must be base64url of at least 32 random bytes (" + e.getMessage()
                    + "); generate one with: openssl rand -base64 32 | tr '+/' '-_' | tr -d '='");
        }
    }

    /** The keys to sign and verify with, creating the first one if there is none. */
    TokenService.KeyRing initialise(Path dataDir, SecureRandom random) {
        if (configured.isPresent()) {
            return new TokenService.KeyRing(SigningKey.decode(configured.get().reveal()), List.of());
        }
        SigningKey first = legacyFile(dataDir).orElseGet(() -> SigningKey.generate(random));
        return ring(repository.initialise(stored(first, clock.instant())));
    }

    /** The keys as the database has them now (another replica or the CLI may have rotated them). */
    TokenService.KeyRing current() {
        if (configured.isPresent()) {
            return new TokenService.KeyRing(SigningKey.decode(configured.get().reveal()), List.of());
        }
        return ring(repository.all());
    }

    /** Makes a new key current; the old one verifies what it signed until that expires. */
    SigningKey rotate(SecureRandom random) {
        if (configured.isPresent()) {
            throw new IllegalStateException("the signing key is configured (PLUGBOARD_SIGNING_KEY): rotate it by"
                    + " changing the configuration, not in the database");
        }
        SigningKey next = SigningKey.generate(random);
        repository.rotate(stored(next, clock.instant()), clock.instant());
        return next;
    }

    private TokenService.KeyRing ring(List<StoredKey> keys) {
        Instant oldestValid = clock.instant().minus(TokenService.API_KEY_TTL);
        SigningKey current = keys.stream()
                .filter(k -> k.retiredAt().isEmpty())
                .findFirst()
                .map(k -> SigningKey.decode(k.secret().reveal()))
                .orElseThrow(() -> new IllegalStateException("the database holds no current signing key"));
        List<SigningKey> retired = keys.stream()
                .filter(k -> k.retiredAt().isPresent() && k.retiredAt().get().isAfter(oldestValid))
                .map(k -> SigningKey.decode(k.secret().reveal()))
                .toList();
        return new TokenService.KeyRing(current, retired);
    }

    private static StoredKey stored(SigningKey key, Instant at) {
        return new StoredKey(key.id(), Secret.of(key.encode()), at, Optional.empty());
    }

    private static Optional<SigningKey> legacyFile(Path dataDir) {
        Path file = dataDir.resolve(LEGACY_FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SigningKey.decode(Files.readString(file, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("the signing key file " + file + " cannot be read", e);
        }
    }
}

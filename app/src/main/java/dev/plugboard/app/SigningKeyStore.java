package dev.plugboard.app;

import dev.plugboard.domain.Secret;
import dev.plugboard.http.auth.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The token-signing key: the configured one, or the one kept in {@code <data-dir>/signing-key},
 * generated on first start (readable by its owner only). Keeping it means a restart does not
 * invalidate the API keys already issued.
 */
final class SigningKeyStore {
    static final String FILE_NAME = "signing-key";

    private SigningKeyStore() {}

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

    static SigningKey load(Optional<Secret> configured, Path dataDir, SecureRandom random) {
        if (configured.isPresent()) {
            return SigningKey.decode(configured.get().reveal());
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return SigningKey.decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            SigningKey key = SigningKey.generate(random);
            Files.createDirectories(dataDir);
            Path temp = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
            try {
                trySetOwnerOnly(temp);
                Files.writeString(temp, key.encode(), StandardCharsets.US_ASCII);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the signing key file " + file + " cannot be read or written", e);
        }
    }

    private static void trySetOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own permissions protect the key.
        }
    }
}

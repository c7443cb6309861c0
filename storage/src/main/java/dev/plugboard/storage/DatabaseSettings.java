package dev.plugboard.storage;

import dev.plugboard.domain.Secret;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is and how to log in to it.
 *
 * @param jdbcUrl {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://…}
 * @param maxPoolSize the most connections kept open at once
 */
public record DatabaseSettings(String jdbcUrl, Optional<String> user, Optional<Secret> password, int maxPoolSize) {
    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be 1 or more: " + maxPoolSize);
        }
        Dialect.of(jdbcUrl);
    }

    /** The embedded default: a SQLite file. */
    public static DatabaseSettings sqlite(Path file) {
        return new DatabaseSettings("jdbc:sqlite:" + file.toAbsolutePath(), Optional.empty(), Optional.empty(), 4);
    }

    public Dialect dialect() {
        return Dialect.of(jdbcUrl);
    }
}

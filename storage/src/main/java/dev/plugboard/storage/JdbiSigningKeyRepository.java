package dev.plugboard.storage;

import dev.plugboard.domain.Secret;
import dev.plugboard.domain.auth.SigningKeyRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Signing keys in the {@code signing_keys} table. They are stored in clear: whoever reads this
 * table can mint tokens, exactly like whoever reads a configured key; protect the database.
 */
final class JdbiSigningKeyRepository implements SigningKeyRepository {
    private static final String SELECT_ALL = """
            SELECT id, secret, created_at, retired_at FROM signing_keys ORDER BY created_at DESC, id
            """;
    private static final String INSERT = """
            INSERT INTO signing_keys (id, secret, created_at, retired_at) VALUES (:id, :secret, :createdAt, NULL)
            """;
    private static final String RETIRE_CURRENT = """
            UPDATE signing_keys SET retired_at = :at WHERE retired_at IS NULL
            """;
    private static final String COUNT = """
            SELECT COUNT(*) FROM signing_keys
            """;

    private final Jdbi jdbi;

    JdbiSigningKeyRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StoredKey> all() {
        return jdbi.withHandle(JdbiSigningKeyRepository::all);
    }

    private static List<StoredKey> all(Handle h) {
        return h.createQuery(SELECT_ALL)
                .map((rs, ctx) -> {
                    long retired = rs.getLong("retired_at");
                    boolean active = rs.wasNull();
                    return new StoredKey(
                            rs.getString("id"),
                            Secret.of(rs.getString("secret")),
                            Instant.ofEpochMilli(rs.getLong("created_at")),
                            active ? Optional.empty() : Optional.of(Instant.ofEpochMilli(retired)));
                })
                .list();
    }

    @Override
    public List<StoredKey> initialise(StoredKey first) {
        return jdbi.inTransaction(h -> {
            if (h.createQuery(COUNT).mapTo(Long.class).one() == 0) {
                insert(h, first);
            }
            return all(h);
        });
    }

    @Override
    public void rotate(StoredKey next, Instant at) {
        jdbi.useTransaction(h -> {
            h.createUpdate(RETIRE_CURRENT).bind("at", at.toEpochMilli()).execute();
            insert(h, next);
        });
    }

    private static void insert(Handle h, StoredKey key) {
        h.createUpdate(INSERT)
                .bind("id", key.id())
                .bind("secret", key.secret().reveal())
                .bind("createdAt", key.createdAt().toEpochMilli())
                .execute();
    }
}

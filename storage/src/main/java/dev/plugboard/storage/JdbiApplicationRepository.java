package dev.plugboard.storage;

import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.ApplicationRepository;
import dev.plugboard.domain.auth.Role;
import dev.plugboard.domain.auth.SecretHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Applications in the {@code applications} table; secrets appear only as salted hashes. */
final class JdbiApplicationRepository implements ApplicationRepository {
    private static final String INSERT = """
            INSERT INTO applications (client_id, name, role, secret_hash, enabled, created_at)
            VALUES (:clientId, :name, :role, :secretHash, :enabled, :createdAt)
            """;
    private static final String SELECT_ONE = """
            SELECT client_id, name, role, secret_hash, enabled, created_at FROM applications WHERE client_id = :clientId
            """;
    private static final String SELECT_ALL = """
            SELECT client_id, name, role, secret_hash, enabled, created_at FROM applications ORDER BY created_at, client_id
            """;
    private static final String DISABLE = """
            UPDATE applications SET enabled = FALSE, disabled_at = :at WHERE client_id = :clientId
            """;
    private static final String COUNT = """
            SELECT COUNT(*) FROM applications
            """;

    private final Jdbi jdbi;

    JdbiApplicationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Application application, SecretHash secretHash) {
        jdbi.useHandle(h -> h.createUpdate(INSERT)
                .bind("clientId", application.clientId().toString())
                .bind("name", application.name())
                .bind("role", application.role().wireName())
                .bind("secretHash", secretHash.encoded())
                .bind("enabled", application.enabled())
                .bind("createdAt", application.createdAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<Stored> find(UUID clientId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT_ONE)
                .bind("clientId", clientId.toString())
                .map(JdbiApplicationRepository::stored)
                .findOne());
    }

    @Override
    public List<Application> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT_ALL)
                .map((rs, ctx) -> stored(rs, ctx).application())
                .list());
    }

    @Override
    public boolean disable(UUID clientId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate(DISABLE)
                        .bind("clientId", clientId.toString())
                        .bind("at", at.toEpochMilli())
                        .execute())
                > 0;
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery(COUNT).mapTo(Long.class).one());
    }

    private static Stored stored(ResultSet rs, Object ctx) throws SQLException {
        Application application = new Application(
                UUID.fromString(rs.getString("client_id")),
                rs.getString("name"),
                role(rs.getString("role")),
                rs.getBoolean("enabled"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
        return new Stored(application, new SecretHash(rs.getString("secret_hash")));
    }

    private static Role role(String stored) {
        return Role.fromWire(stored).orElseThrow(() -> new IllegalStateException("stored role is unknown: " + stored));
    }
}

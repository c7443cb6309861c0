package dev.plugboard.storage;

import dev.plugboard.domain.catalog.Actor;
import dev.plugboard.domain.catalog.AuditEntry;
import dev.plugboard.domain.catalog.AuditQuery;
import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.catalog.ConnectorChange;
import dev.plugboard.domain.catalog.ConnectorIdRetiredException;
import dev.plugboard.domain.catalog.ConnectorRepository;
import dev.plugboard.domain.catalog.StaleRevisionException;
import dev.plugboard.domain.catalog.StoredConnector;
import dev.plugboard.domain.connector.Connector;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** The catalog in the {@code connectors}, {@code catalog_state} and {@code audit_log} tables. */
final class JdbiConnectorRepository implements ConnectorRepository {
    private static final String SELECT_ENABLED = """
            SELECT * FROM connectors WHERE enabled = TRUE ORDER BY id
            """;
    private static final String SELECT_ALL = """
            SELECT * FROM connectors ORDER BY id
            """;
    private static final String SELECT_ONE = """
            SELECT * FROM connectors WHERE id = :id
            """;
    private static final String SELECT_VERSION = """
            SELECT version FROM catalog_state WHERE id = 1
            """;
    private static final String INSERT_STATE = """
            INSERT INTO catalog_state (id, version, seeded_at) VALUES (1, 1, :seededAt) ON CONFLICT (id) DO NOTHING
            """;
    private static final String BUMP_VERSION = """
            UPDATE catalog_state SET version = version + 1 WHERE id = 1
            """;
    private static final String INSERT_CONNECTOR = """
            INSERT INTO connectors (
                id, name, type, country, primary_color, institution_url, image_url,
                has_mfa, oauth, oauth_url, reset_password_url, health_status, health_stage,
                products, credentials,
                supports_payment_initiation, supports_scheduled_payments, supports_smart_transfers,
                supports_boleto_management, supports_automatic_pix,
                is_sandbox, is_open_finance, created_at, updated_at, enabled, revision)
            VALUES (
                :id, :name, :type, :country, :primaryColor, :institutionUrl, :imageUrl,
                :hasMfa, :oauth, :oauthUrl, :resetPasswordUrl, :healthStatus, :healthStage,
                :products, :credentials,
                :paymentInitiation, :scheduledPayments, :smartTransfers,
                :boletoManagement, :automaticPix,
                :sandbox, :openFinance, :createdAt, :updatedAt, TRUE, 1)
            """;
    private static final String UPDATE_CONNECTOR = """
            UPDATE connectors SET
                name = :name, type = :type, country = :country, primary_color = :primaryColor,
                institution_url = :institutionUrl, image_url = :imageUrl, has_mfa = :hasMfa, oauth = :oauth,
                oauth_url = :oauthUrl, reset_password_url = :resetPasswordUrl, health_status = :healthStatus,
                health_stage = :healthStage, products = :products, credentials = :credentials,
                supports_payment_initiation = :paymentInitiation, supports_scheduled_payments = :scheduledPayments,
                supports_smart_transfers = :smartTransfers, supports_boleto_management = :boletoManagement,
                supports_automatic_pix = :automaticPix, is_sandbox = :sandbox, is_open_finance = :openFinance,
                created_at = :createdAt, updated_at = :updatedAt, revision = revision + 1
            WHERE id = :id AND revision = :expected AND enabled = TRUE
            """;
    private static final String DISABLE_CONNECTOR = """
            UPDATE connectors SET enabled = FALSE, updated_at = :at, revision = revision + 1
            WHERE id = :id AND revision = :expected AND enabled = TRUE
            """;
    private static final String INSERT_AUDIT = """
            INSERT INTO audit_log (catalog_version, connector_id, at, actor_id, actor_name, action, diff)
            VALUES (:version, :connectorId, :at, :actorId, :actorName, :action, :diff)
            """;
    private static final String SELECT_AUDIT = "SELECT * FROM audit_log WHERE 1 = 1";
    private static final String AUDIT_OF_CONNECTOR = " AND connector_id = :connectorId";
    private static final String AUDIT_BEFORE = " AND catalog_version < :before";
    private static final String AUDIT_ORDER = " ORDER BY catalog_version DESC, connector_id DESC LIMIT :limit";

    private final Jdbi jdbi;
    private final Clock clock;
    private final TransactionIsolationLevel isolation;

    JdbiConnectorRepository(Jdbi jdbi, Clock clock, Dialect dialect) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.isolation = dialect == Dialect.POSTGRESQL
                ? TransactionIsolationLevel.REPEATABLE_READ
                : TransactionIsolationLevel.UNKNOWN;
    }

    @Override
    public List<Connector> loadAll() {
        return jdbi.withHandle(
                h -> h.createQuery(SELECT_ENABLED).map(new ConnectorRowMapper()).list());
    }

    @Override
    public CatalogSnapshot loadSnapshot() {
        // Both reads in one transaction: on PostgreSQL repeatable read gives them one snapshot, on
        // SQLite (WAL) a read transaction does.
        return jdbi.inTransaction(isolation, h -> {
            long version =
                    h.createQuery(SELECT_VERSION).mapTo(Long.class).findOne().orElse(0L);
            return CatalogSnapshot.of(
                    version,
                    h.createQuery(SELECT_ENABLED).map(new ConnectorRowMapper()).list());
        });
    }

    @Override
    public List<StoredConnector> loadAllStored() {
        return jdbi.withHandle(h ->
                h.createQuery(SELECT_ALL).map(JdbiConnectorRepository::stored).list());
    }

    @Override
    public Optional<StoredConnector> find(int id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT_ONE)
                .bind("id", id)
                .map(JdbiConnectorRepository::stored)
                .findOne());
    }

    private static StoredConnector stored(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new StoredConnector(
                new ConnectorRowMapper().map(rs, ctx), rs.getBoolean("enabled"), rs.getLong("revision"));
    }

    @Override
    public long version() {
        return jdbi.withHandle(
                h -> h.createQuery(SELECT_VERSION).mapTo(Long.class).findOne().orElse(0L));
    }

    @Override
    public boolean seeded() {
        return version() > 0;
    }

    @Override
    public boolean seed(List<Connector> connectors) {
        return jdbi.inTransaction(h -> {
            if (h.createUpdate(INSERT_STATE).bind("seededAt", clock.millis()).execute() == 0) {
                return false;
            }
            PreparedBatch batch = h.prepareBatch(INSERT_CONNECTOR);
            connectors.forEach(c -> bindConnector(batch, c).add());
            if (!connectors.isEmpty()) {
                batch.execute();
            }
            return true;
        });
    }

    @Override
    public long apply(List<ConnectorChange> changes, Actor actor, Instant at) {
        return jdbi.inTransaction(h -> {
            h.createUpdate(BUMP_VERSION).execute();
            long version = h.createQuery(SELECT_VERSION).mapTo(Long.class).one();
            for (ConnectorChange change : changes) {
                write(h, change, at);
                h.createUpdate(INSERT_AUDIT)
                        .bind("version", version)
                        .bind("connectorId", change.connectorId())
                        .bind("at", at.toEpochMilli())
                        .bind("actorId", actor.id())
                        .bind("actorName", actor.name())
                        .bind("action", change.action())
                        .bind("diff", change.diff())
                        .execute();
            }
            return version;
        });
    }

    private static void write(Handle h, ConnectorChange change, Instant at) {
        int updated;
        if (change.expectedRevision().isEmpty()) {
            Optional<Boolean> existing = h.createQuery("SELECT enabled FROM connectors WHERE id = :id")
                    .bind("id", change.connectorId())
                    .mapTo(Boolean.class)
                    .findOne();
            if (existing.isPresent()) {
                throw existing.get()
                        ? new StaleRevisionException(change.connectorId())
                        : new ConnectorIdRetiredException(change.connectorId());
            }
            updated = bindConnector(
                            h.createUpdate(INSERT_CONNECTOR), change.after().orElseThrow())
                    .execute();
        } else if (change.disables()) {
            updated = h.createUpdate(DISABLE_CONNECTOR)
                    .bind("id", change.connectorId())
                    .bind("expected", change.expectedRevision().getAsLong())
                    .bind("at", at.toEpochMilli())
                    .execute();
        } else {
            updated = bindConnector(
                            h.createUpdate(UPDATE_CONNECTOR), change.after().get())
                    .bind("expected", change.expectedRevision().getAsLong())
                    .execute();
        }
        if (updated != 1) {
            throw new StaleRevisionException(change.connectorId());
        }
    }

    @Override
    public List<AuditEntry> audit(AuditQuery query) {
        String sql = SELECT_AUDIT
                + (query.connectorId().isPresent() ? AUDIT_OF_CONNECTOR : "")
                + (query.beforeVersion().isPresent() ? AUDIT_BEFORE : "")
                + AUDIT_ORDER;
        return jdbi.withHandle(h -> {
            var statement = h.createQuery(sql).bind("limit", query.limit());
            query.connectorId().ifPresent(id -> statement.bind("connectorId", id));
            query.beforeVersion().ifPresent(before -> statement.bind("before", before));
            return statement
                    .map((rs, ctx) -> new AuditEntry(
                            rs.getLong("catalog_version"),
                            rs.getInt("connector_id"),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            new Actor(rs.getString("actor_id"), rs.getString("actor_name")),
                            rs.getString("action"),
                            rs.getString("diff")))
                    .list();
        });
    }

    private static <S extends SqlStatement<S>> S bindConnector(S statement, Connector c) {
        return statement
                .bind("id", c.id())
                .bind("name", c.name())
                .bind("type", c.type().name())
                .bind("country", c.country())
                .bind("primaryColor", c.branding().primaryColor())
                .bind("institutionUrl", c.branding().institutionUrl())
                .bind("imageUrl", c.branding().imageUrl())
                .bind("hasMfa", c.access().hasMfa())
                .bind("oauth", c.access().oauth())
                .bind("oauthUrl", c.access().oauthUrl().orElse(null))
                .bind("resetPasswordUrl", c.access().resetPasswordUrl().orElse(null))
                .bind("healthStatus", c.health().status().name())
                .bind("healthStage", c.health().stage().map(Enum::name).orElse(null))
                .bind("products", ConnectorRowMapper.productsJson(c))
                .bind("credentials", ConnectorRowMapper.credentialsJson(c))
                .bind("paymentInitiation", c.capabilities().paymentInitiation())
                .bind("scheduledPayments", c.capabilities().scheduledPayments())
                .bind("smartTransfers", c.capabilities().smartTransfers())
                .bind("boletoManagement", c.capabilities().boletoManagement())
                .bind("automaticPix", c.capabilities().automaticPix())
                .bind("sandbox", c.sandbox())
                .bind("openFinance", c.openFinance())
                .bind("createdAt", c.createdAt().toEpochMilli())
                .bind("updatedAt", c.updatedAt().toEpochMilli());
    }
}

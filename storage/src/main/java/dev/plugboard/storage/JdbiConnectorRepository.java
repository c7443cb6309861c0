package dev.plugboard.storage;

import dev.plugboard.domain.catalog.ConnectorRepository;
import dev.plugboard.domain.connector.Connector;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The catalog in the {@code connectors} and {@code catalog_state} tables. */
final class JdbiConnectorRepository implements ConnectorRepository {
    private static final String SELECT_ENABLED = """
            SELECT * FROM connectors WHERE enabled = TRUE ORDER BY id
            """;
    private static final String SELECT_VERSION = """
            SELECT version FROM catalog_state WHERE id = 1
            """;
    private static final String INSERT_STATE = """
            INSERT INTO catalog_state (id, version, seeded_at) VALUES (1, 1, :seededAt)
            """;
    private static final String INSERT_CONNECTOR = """
            INSERT INTO connectors (
                id, name, type, country, primary_color, institution_url, image_url,
                has_mfa, oauth, oauth_url, reset_password_url, health_status, health_stage,
                products, credentials,
                supports_payment_initiation, supports_scheduled_payments, supports_smart_transfers,
                supports_boleto_management, supports_automatic_pix,
                is_sandbox, is_open_finance, created_at, updated_at, enabled)
            VALUES (
                :id, :name, :type, :country, :primaryColor, :institutionUrl, :imageUrl,
                :hasMfa, :oauth, :oauthUrl, :resetPasswordUrl, :healthStatus, :healthStage,
                :products, :credentials,
                :paymentInitiation, :scheduledPayments, :smartTransfers,
                :boletoManagement, :automaticPix,
                :sandbox, :openFinance, :createdAt, :updatedAt, TRUE)
            """;

    private final Jdbi jdbi;
    private final Clock clock;

    JdbiConnectorRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public List<Connector> loadAll() {
        return jdbi.withHandle(
                h -> h.createQuery(SELECT_ENABLED).map(new ConnectorRowMapper()).list());
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
    public void seed(List<Connector> connectors) {
        jdbi.useTransaction(h -> {
            h.createUpdate(INSERT_STATE).bind("seededAt", clock.millis()).execute();
            insertAll(h, connectors);
        });
    }

    private static void insertAll(Handle handle, List<Connector> connectors) {
        PreparedBatch batch = handle.prepareBatch(INSERT_CONNECTOR);
        for (Connector c : connectors) {
            batch.bind("id", c.id())
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
                    .bind("updatedAt", c.updatedAt().toEpochMilli())
                    .add();
        }
        if (!connectors.isEmpty()) {
            batch.execute();
        }
    }
}

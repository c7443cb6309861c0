package dev.plugboard.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.plugboard.domain.Secret;
import dev.plugboard.domain.auth.ApplicationRepository;
import dev.plugboard.domain.auth.SigningKeyRepository;
import dev.plugboard.domain.catalog.ConnectorRepository;
import dev.plugboard.domain.health.HealthRepository;
import dev.plugboard.domain.health.StatusChange;
import dev.plugboard.domain.webhook.ConnectorStatusUpdated;
import dev.plugboard.domain.webhook.WebhookRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * An open, migrated database and the repositories on it. Opening runs Flyway, so a fresh file or
 * an empty PostgreSQL database gets the whole schema and an older one is brought up to date.
 */
public final class Database implements AutoCloseable {
    /**
     * The highest migration version under {@code db/migration}. When a database already records
     * it, Flyway (whose classpath scan and validation cost about half a second) is not run at all;
     * {@code DatabaseTest} keeps this constant equal to the newest migration file.
     */
    static final int SCHEMA_VERSION = 4;

    /**
     * How long a request waits for a connection before it fails: long enough for a busy pool,
     * short enough that a request to an unreachable database gets its 503 promptly.
     */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private static final String INSTALLED_VERSIONS = """
            SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL
            """;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Clock clock;

    private Database(HikariDataSource dataSource, Dialect dialect, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.clock = clock;
        this.jdbi = Jdbi.create(dataSource);
        // Bound values never reach an exception message, so nothing stored leaks into a log.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    /**
     * Connects and migrates.
     *
     * @throws UnableToOpenDatabaseException when the database cannot be reached or migrated
     */
    public static Database open(DatabaseSettings settings, Clock clock) {
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings));
        try {
            if (!isCurrent(dataSource)) {
                migrate(dataSource, settings.dialect());
            }
        } catch (FlywayException e) {
            dataSource.close();
            throw new UnableToOpenDatabaseException("could not migrate the database schema: " + e.getMessage(), e);
        }
        return new Database(dataSource, settings.dialect(), clock);
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        settings.user().ifPresent(config::setUsername);
        settings.password().map(Secret::reveal).ifPresent(config::setPassword);
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(1);
        config.setPoolName("plugboard-db");
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setInitializationFailTimeout(-1);
        if (settings.dialect() == Dialect.SQLITE) {
            // WAL lets readers and one writer work at once; FULL makes every acknowledged commit
            // durable; the busy timeout makes a second process (the CLI) wait instead of failing.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
        }
        return config;
    }

    /** Whether every migration up to {@link #SCHEMA_VERSION}, and none after it, succeeded here. */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(INSTALLED_VERSIONS)) {
            int highest = 0;
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                highest = Math.max(highest, Integer.parseInt(rows.getString("version")));
            }
            return highest == SCHEMA_VERSION;
        } catch (SQLException | NumberFormatException e) {
            // No history table yet, or one this code does not understand: let Flyway decide.
            return false;
        }
    }

    private static void migrate(HikariDataSource dataSource, Dialect dialect) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common"));
        if (Database.class.getClassLoader().getResource(dialect.migrationFolder()) != null) {
            locations.add("classpath:" + dialect.migrationFolder());
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
    }

    /** For storage tests that look at the database itself. */
    Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    public ConnectorRepository connectors() {
        return new JdbiConnectorRepository(jdbi, clock, dialect);
    }

    public ApplicationRepository applications() {
        return new JdbiApplicationRepository(jdbi);
    }

    /** Executions, their aggregates, and health states with their history. */
    public HealthRepository health() {
        return new JdbiHealthRepository(jdbi, Database::onStatusChange);
    }

    /** What a recorded status change triggers, in the transaction that records it. */
    private static void onStatusChange(Handle handle, StatusChange change) {
        WebhookOutbox.enqueue(handle, ConnectorStatusUpdated.of(change));
    }

    /** Applications' webhooks and the outbox of their deliveries. */
    public WebhookRepository webhooks() {
        return new JdbiWebhookRepository(jdbi);
    }

    public SigningKeyRepository signingKeys() {
        return new JdbiSigningKeyRepository(jdbi);
    }

    /**
     * Whether the database answers now: a connection from the pool passes its validity check.
     * Blocks up to {@link #CONNECTION_TIMEOUT} when no connection can be had.
     *
     * @throws SQLException when no connection could be had
     */
    public boolean reachable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

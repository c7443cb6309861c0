package dev.plugboard.app;

import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.auth.NewApplication;
import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.catalog.CatalogReloader;
import dev.plugboard.domain.catalog.ConnectorRepository;
import dev.plugboard.domain.health.HealthBoard;
import dev.plugboard.domain.health.HealthMonitor;
import dev.plugboard.domain.health.HealthRepository;
import dev.plugboard.domain.health.HealthStatusMachine;
import dev.plugboard.domain.webhook.WebhookRules;
import dev.plugboard.domain.webhook.Webhooks;
import dev.plugboard.http.HttpDependencies;
import dev.plugboard.http.HttpSettings;
import dev.plugboard.http.PlugboardServer;
import dev.plugboard.http.admin.CatalogEditor;
import dev.plugboard.http.auth.TokenService;
import dev.plugboard.http.health.HealthServices;
import dev.plugboard.http.ops.DatabaseProbe;
import dev.plugboard.http.ops.PlugboardMetrics;
import dev.plugboard.storage.Database;
import dev.plugboard.storage.DatabaseSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running Plugboard: database opened and migrated, catalog seeded on first start and loaded
 * into memory, signing key ready, HTTP server listening. {@link #close} stops it all, gracefully.
 */
public final class Plugboard implements AutoCloseable {
    private final Database database;
    private final PlugboardServer server;
    private final BackgroundSync sync;
    private final WebhookDispatcher webhookDispatcher;
    private final Optional<NewApplication> defaultApplication;
    private final Operations operations;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** What operators watch it with: the metrics and the readiness probe's database check. */
    private record Operations(PlugboardMetrics metrics, DatabaseProbe probe) implements AutoCloseable {
        static Operations of(Database database) {
            return new Operations(new PlugboardMetrics().withJvmMetrics(), new DatabaseProbe(database::reachable));
        }

        @Override
        public void close() {
            probe.close();
            metrics.close();
        }
    }

    private Plugboard(
            Database database,
            PlugboardServer server,
            BackgroundSync sync,
            WebhookDispatcher webhookDispatcher,
            Optional<NewApplication> defaultApplication,
            Operations operations) {
        this.database = database;
        this.server = server;
        this.sync = sync;
        this.webhookDispatcher = webhookDispatcher;
        this.defaultApplication = defaultApplication;
        this.operations = operations;
    }

    public static Plugboard start(PlugboardConfig config, Clock clock) {
        HttpSettings http = HttpSettings.of(config.host(), config.port())
                .withLimits(config.limits())
                .withTimeouts(config.timeouts())
                .withServing(config.serving());
        CompletableFuture<PlugboardServer.Engine> engine =
                CompletableFuture.supplyAsync(() -> PlugboardServer.engine(http.eventLoops()));
        SecureRandom random = new SecureRandom();
        Database database;
        try {
            database = openDatabase(config, clock);
        } catch (RuntimeException e) {
            engine.thenAccept(PlugboardServer.Engine::close);
            throw e;
        }
        Operations operations = Operations.of(database);
        try {
            ConnectorRepository connectors = database.connectors();
            boolean firstStart = !connectors.seeded() && connectors.seed(BundledCatalog.load());
            Catalog catalog = new Catalog(connectors.loadSnapshot());
            CatalogReloader reloader = new CatalogReloader(connectors, catalog);
            Applications applications = new Applications(database.applications(), clock, random);
            Optional<NewApplication> created =
                    firstStart && applications.none() ? Optional.of(applications.create("default")) : Optional.empty();
            SigningKeyStore keys = new SigningKeyStore(config.signingKey(), database.signingKeys(), clock);
            TokenService.KeyRing ring = keys.initialise(config.dataDir(), random);
            TokenService tokens = new TokenService(ring.current(), ring.retired(), clock);
            CatalogEditor editor = new CatalogEditor(connectors, reloader, clock);
            HealthServices health = health(database, config.health(), catalog, clock);
            Webhooks webhooks = new Webhooks(
                    database.webhooks(), new WebhookRules(config.webhooks().allowHttpLoopback()), clock, random);
            operations.metrics().watchCatalog(catalog);
            operations.metrics().watchHealth(catalog, health.board());
            PlugboardServer server = PlugboardServer.start(
                    engine.join(),
                    http,
                    new HttpDependencies(
                            catalog,
                            applications,
                            tokens,
                            editor,
                            health,
                            webhooks,
                            clock,
                            operations.metrics(),
                            operations.probe(),
                            LoggingSetup.directAccessLog().orElse(HttpDependencies.THROUGH_LOGGER)));
            BackgroundSync sync = new BackgroundSync(reloader, keys, tokens);
            sync.keepHealth(health, catalog, config.health(), clock);
            WebhookDispatcher dispatcher =
                    new WebhookDispatcher(database.webhooks(), WebhookDispatcher.Settings.DEFAULT, clock);
            dispatcher.start();
            return new Plugboard(database, server, sync, dispatcher, created, operations);
        } catch (RuntimeException e) {
            engine.thenAccept(PlugboardServer.Engine::close);
            operations.close();
            database.close();
            throw e;
        }
    }

    /** Health from the stored outcomes, computed once before the server answers. */
    private static HealthServices health(Database database, HealthSettings settings, Catalog catalog, Clock clock) {
        HealthRepository repository = database.health();
        HealthMonitor monitor = new HealthMonitor(repository, new HealthStatusMachine(settings.policy()), clock);
        HealthBoard board = new HealthBoard(monitor.refresh(catalog.current()));
        return new HealthServices(repository, monitor, board);
    }

    static Database openDatabase(PlugboardConfig config, Clock clock) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("the data directory " + config.dataDir() + " cannot be created", e);
        }
        DatabaseSettings settings = config.dbUrl()
                .map(url -> new DatabaseSettings(url, config.dbUser(), config.dbPassword(), 8))
                .orElseGet(() -> DatabaseSettings.sqlite(config.dataDir().resolve("plugboard.db")));
        return Database.open(settings, clock);
    }

    public int port() {
        return server.port();
    }

    /** The port of the metrics listener, when {@code metrics-port} is set. */
    public OptionalInt metricsPort() {
        return server.metricsPort();
    }

    /** The application created on this first start, with its secret; empty on every later start. */
    public Optional<NewApplication> defaultApplication() {
        return defaultApplication;
    }

    /** Writes what a user needs to start: the URL and, on first start, the default credentials. */
    public void printWelcome(PlugboardConfig config, PrintStream out) {
        String shownHost = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
        String scheme = config.serving().tls().isPresent() ? "https" : "http";
        out.println("Plugboard is listening on " + scheme + "://" + shownHost + ":" + port());
        config.serving()
                .metrics()
                .ifPresent(metrics -> out.println("Metrics are served on http://"
                        + (metrics.host().equals("0.0.0.0") ? "127.0.0.1" : metrics.host()) + ":"
                        + metricsPort().orElseThrow() + "/metrics"));
        defaultApplication.ifPresent(app -> {
            out.println("First start: created the application 'default'. Its secret is shown only now:");
            out.println("  clientId:     " + app.application().clientId());
            out.println("  clientSecret: " + app.clientSecret().reveal());
        });
    }

    /**
     * Stops accepting connections, lets requests in flight finish (within {@code
     * shutdown-grace-seconds}), stops the background work, then closes the database. Calling it
     * again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
        } finally {
            webhookDispatcher.close();
            sync.close();
            operations.close();
            database.close();
        }
    }
}

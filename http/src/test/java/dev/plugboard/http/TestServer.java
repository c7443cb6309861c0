package dev.plugboard.http;

import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.auth.NewApplication;
import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.catalog.CatalogReloader;
import dev.plugboard.domain.health.HealthBoard;
import dev.plugboard.domain.health.HealthMonitor;
import dev.plugboard.domain.health.HealthPolicy;
import dev.plugboard.domain.health.HealthRepository;
import dev.plugboard.domain.health.HealthStatusMachine;
import dev.plugboard.domain.webhook.WebhookRules;
import dev.plugboard.domain.webhook.Webhooks;
import dev.plugboard.http.admin.CatalogEditor;
import dev.plugboard.http.auth.SigningKey;
import dev.plugboard.http.auth.TokenKind;
import dev.plugboard.http.auth.TokenService;
import dev.plugboard.http.health.HealthServices;
import dev.plugboard.http.ops.DatabaseProbe;
import dev.plugboard.http.ops.PlugboardMetrics;
import dev.plugboard.http.overload.LimitSettings;
import dev.plugboard.storage.Database;
import dev.plugboard.storage.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * The production routing on port 0 over the test catalog, with a real HTTP client. One instance
 * per test class; {@link #apiKey} is a valid key of the enabled application.
 */
final class TestServer implements AutoCloseable {
    final InMemoryApplications store = new InMemoryApplications();
    final Applications applications = new Applications(store, Clock.systemUTC(), new SecureRandom());
    final SigningKey key = SigningKey.generate(new SecureRandom());
    final TokenService tokens = new TokenService(key, List.of(), Clock.systemUTC());
    final Path dataDir;
    final Database database;
    final Catalog catalog;
    final CatalogEditor editor;
    final HealthServices health;
    final Webhooks webhooks;
    final NewApplication app = applications.create("test app");
    final NewApplication disabledApp = applications.create("disabled app");
    final PlugboardMetrics metrics = new PlugboardMetrics();
    final DatabaseProbe probe;
    final PlugboardServer server;
    final String apiKey;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer() {
        this(LimitSettings.defaults(2), Clock.systemUTC());
    }

    /** With these limits, and {@code clock} as the server's clock (the limits' time). */
    TestServer(LimitSettings limits, Clock clock) {
        this(limits, ConnectionTimeouts.DEFAULT, ServingSettings.DEFAULT, clock);
    }

    TestServer(ConnectionTimeouts timeouts) {
        this(LimitSettings.defaults(2), timeouts, ServingSettings.DEFAULT, Clock.systemUTC());
    }

    /** With TLS, CORS or a metrics listener. */
    TestServer(ServingSettings serving) {
        this(LimitSettings.defaults(2), ConnectionTimeouts.DEFAULT, serving, Clock.systemUTC());
    }

    TestServer(LimitSettings limits, ConnectionTimeouts timeouts, ServingSettings serving, Clock clock) {
        try {
            dataDir = Files.createTempDirectory("plugboard-http-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = Database.open(DatabaseSettings.sqlite(dataDir.resolve("plugboard.db")), Clock.systemUTC());
        database.connectors().seed(HttpFixtures.catalog());
        catalog = new Catalog(database.connectors().loadSnapshot());
        editor = new CatalogEditor(
                database.connectors(), new CatalogReloader(database.connectors(), catalog), Clock.systemUTC());
        HealthRepository outcomes = database.health();
        HealthMonitor monitor =
                new HealthMonitor(outcomes, new HealthStatusMachine(HealthPolicy.DEFAULT), Clock.systemUTC());
        health = new HealthServices(outcomes, monitor, new HealthBoard(monitor.refresh(catalog.current())));
        webhooks = new Webhooks(database.webhooks(), new WebhookRules(false), Clock.systemUTC(), new SecureRandom());
        applications.disable(disabledApp.application().clientId());
        probe = new DatabaseProbe(database::reachable);
        metrics.watchCatalog(catalog);
        metrics.watchHealth(catalog, health.board());
        server = PlugboardServer.start(
                new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_BODY_BYTES, 2, limits, timeouts, serving),
                dependencies(clock));
        apiKey = tokens.issue(app.application().clientId(), TokenKind.API_KEY);
    }

    HttpDependencies dependencies() {
        return dependencies(Clock.systemUTC());
    }

    HttpDependencies dependencies(Clock clock) {
        return new HttpDependencies(catalog, applications, tokens, editor, health, webhooks, clock, metrics, probe);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** On the metrics listener, when the server has one. */
    URI metricsUri(String path) {
        return URI.create("http://127.0.0.1:" + server.metricsPort().orElseThrow() + path);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).header("X-API-KEY", apiKey);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        probe.close();
        metrics.close();
        database.close();
    }
}

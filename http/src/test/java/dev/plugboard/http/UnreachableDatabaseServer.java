package dev.plugboard.http;

import dev.plugboard.domain.auth.ApplicationRepository;
import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.catalog.CatalogReloader;
import dev.plugboard.domain.catalog.ConnectorRepository;
import dev.plugboard.domain.health.HealthMonitor;
import dev.plugboard.domain.health.HealthPolicy;
import dev.plugboard.domain.health.HealthRepository;
import dev.plugboard.domain.health.HealthStatusMachine;
import dev.plugboard.domain.webhook.WebhookRepository;
import dev.plugboard.domain.webhook.WebhookRules;
import dev.plugboard.domain.webhook.Webhooks;
import dev.plugboard.http.admin.CatalogEditor;
import dev.plugboard.http.health.HealthServices;
import dev.plugboard.http.ops.DatabaseProbe;
import dev.plugboard.http.ops.PlugboardMetrics;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;

/**
 * A second server beside a {@link TestServer}, with its catalog, health board and signing keys (so
 * its keys work here too), whose database cannot be reached: every repository call fails as the
 * connection pool fails then, and the readiness check fails too. What is served from memory goes
 * on. (The real outage, a PostgreSQL cut and restored, is {@code DatabaseOutageIT} in the it
 * module.)
 */
final class UnreachableDatabaseServer implements AutoCloseable {
    private final PlugboardMetrics metrics = new PlugboardMetrics();
    private final DatabaseProbe probe = new DatabaseProbe(() -> {
        throw outage();
    });
    private final PlugboardServer server;

    UnreachableDatabaseServer(TestServer beside) {
        Clock clock = Clock.systemUTC();
        ConnectorRepository connectors = unreachable(ConnectorRepository.class);
        HealthRepository health = unreachable(HealthRepository.class);
        server = PlugboardServer.start(
                new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_BODY_BYTES, 2),
                new HttpDependencies(
                        beside.catalog,
                        new Applications(unreachable(ApplicationRepository.class), clock, new SecureRandom()),
                        beside.tokens,
                        new CatalogEditor(connectors, new CatalogReloader(connectors, beside.catalog), clock),
                        new HealthServices(
                                health,
                                new HealthMonitor(health, new HealthStatusMachine(HealthPolicy.DEFAULT), clock),
                                beside.health.board()),
                        new Webhooks(
                                unreachable(WebhookRepository.class),
                                new WebhookRules(false),
                                clock,
                                new SecureRandom()),
                        clock,
                        metrics,
                        probe));
    }

    /** What the pool throws when no connection can be had, wrapped as the storage layer wraps it. */
    static IllegalStateException outage() {
        return new IllegalStateException(new SQLTransientConnectionException(
                "plugboard-db - Connection is not available, request timed out after 5000ms.", "08001"));
    }

    /** A repository each of whose calls fails with {@link #outage()}. */
    static <T> T unreachable(Class<T> repository) {
        return repository.cast(Proxy.newProxyInstance(
                repository.getClassLoader(), new Class<?>[] {repository}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "unreachable " + repository.getSimpleName();
                        };
                    }
                    throw outage();
                }));
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    @Override
    public void close() {
        server.close();
        probe.close();
        metrics.close();
    }
}

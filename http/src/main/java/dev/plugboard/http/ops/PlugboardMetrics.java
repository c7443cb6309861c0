package dev.plugboard.http.ops;

import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.health.HealthBoard;
import dev.plugboard.http.overload.OverloadStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Plugboard's meters, in one Prometheus registry scraped at {@code GET /metrics}. Components record
 * through the named methods here, so every metric name is in one place (and in the README); a
 * component with meters of its own may register them on {@link #registry()}.
 *
 * <table>
 *   <caption>Metrics (Prometheus names)</caption>
 *   <tr><td>plugboard_http_requests_seconds (histogram)</td><td>method, route, status</td></tr>
 *   <tr><td>plugboard_catalog_connectors, plugboard_catalog_version</td><td></td></tr>
 *   <tr><td>plugboard_executions_ingested_total</td><td>result: accepted, duplicate</td></tr>
 *   <tr><td>plugboard_connector_health</td><td>connector (2 ONLINE, 1 UNSTABLE, 0 OFFLINE)</td></tr>
 *   <tr><td>plugboard_connectors</td><td>health: how many connectors have each status</td></tr>
 *   <tr><td>plugboard_rate_limit_rejections_total</td><td>limit</td></tr>
 *   <tr><td>jvm_*, process_*, system_*</td><td>the JVM's memory, GC, threads, classes, CPU, uptime</td></tr>
 * </table>
 */
public final class PlugboardMetrics implements AutoCloseable {
    /** Buckets of the request-duration histogram: from a cached read to a large import. */
    static final Duration[] REQUEST_BUCKETS = {
        Duration.ofMillis(1),
        Duration.ofMillis(2),
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10)
    };

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private JvmGcMetrics gc;

    /** Adds the JVM's and the process's meters (memory, GC, threads, classes, CPU, uptime, files). */
    public PlugboardMetrics withJvmMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return this;
    }

    /** The registry, for a component that keeps meters of its own. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Everything, in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /**
     * One answered request.
     *
     * @param route the route's path template ({@code /connectors/{id}}), or {@code unmatched}
     * @param status the HTTP status sent, or 0 when the connection closed before the answer
     */
    public void requestCompleted(String method, String route, int status, long nanos) {
        String label = METHODS.contains(method) ? method : "OTHER";
        requestTimers
                .computeIfAbsent(new RequestKey(label, route, status), this::requestTimer)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A timer's labels; few (methods × route templates × statuses), so each timer is built once. */
    private record RequestKey(String method, String route, int status) {}

    private final Map<RequestKey, Timer> requestTimers = new ConcurrentHashMap<>();

    private Timer requestTimer(RequestKey key) {
        return Timer.builder("plugboard.http.requests")
                .description("Requests answered, by route and status, with their duration")
                .tag("method", key.method())
                .tag("route", key.route())
                .tag("status", Integer.toString(key.status()))
                .serviceLevelObjectives(REQUEST_BUCKETS)
                .register(registry);
    }

    /** A batch of {@code POST /executions} was stored. */
    public void executionsIngested(long accepted, long duplicates) {
        ingested("accepted").increment(accepted);
        ingested("duplicate").increment(duplicates);
    }

    private Counter ingested(String result) {
        return Counter.builder("plugboard.executions.ingested")
                .description("Execution outcomes received by POST /executions: newly stored, or already stored")
                .tag("result", result)
                .register(registry);
    }

    /**
     * What the rate limits and the load shedding refused, and the load they watch, read from
     * {@code stats} at each scrape: {@code plugboard_rate_limit_rejections_total{limit}} (429s by
     * {@code auth}, {@code address}, {@code credential}), {@code plugboard_requests_shed_total{reason}}
     * (503s by {@code in_flight}, {@code queued_work}), {@code plugboard_requests_in_flight} and
     * {@code plugboard_queued_work}.
     */
    public void watchOverload(OverloadStats stats) {
        for (OverloadStats.Limit limit : OverloadStats.Limit.values()) {
            FunctionCounter.builder("plugboard.rate.limit.rejections", stats, s -> s.rateLimited(limit))
                    .description("Requests refused with a 429 by a rate limit")
                    .tag("limit", limit.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        for (OverloadStats.Shed reason : OverloadStats.Shed.values()) {
            FunctionCounter.builder("plugboard.requests.shed", stats, s -> s.shed(reason))
                    .description("Requests refused with a 503 because the server was too busy")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder("plugboard.requests.in.flight", stats, OverloadStats::inFlight)
                .description("Requests being answered now (while max-in-flight is on)")
                .register(registry);
        Gauge.builder("plugboard.queued.work", stats, OverloadStats::queuedWork)
                .description("Database tasks of requests queued or running now")
                .register(registry);
    }

    /** The size and version of the served catalog, read at each scrape. */
    public void watchCatalog(Catalog catalog) {
        Gauge.builder("plugboard.catalog.connectors", () -> catalog.current().size())
                .description("Connectors in the served catalog, sandbox ones included")
                .register(registry);
        Gauge.builder("plugboard.catalog.version", () -> catalog.current().version())
                .description("Version of the served catalog; it grows by one with each change")
                .register(registry);
        ingested("accepted");
        ingested("duplicate");
    }

    /** A gauge per connector with its served health status, kept in step with both snapshots. */
    public void watchHealth(Catalog catalog, HealthBoard board) {
        ConnectorHealthGauges.register(registry, catalog, board);
    }

    @Override
    public void close() {
        if (gc != null) {
            gc.close();
        }
        registry.close();
    }
}

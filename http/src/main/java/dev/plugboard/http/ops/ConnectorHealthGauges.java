package dev.plugboard.http.ops;

import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.health.HealthBoard;
import dev.plugboard.domain.health.HealthView;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code plugboard_connector_health{connector="201"}}: each served connector's health status as a
 * number (2 ONLINE, 1 UNSTABLE, 0 OFFLINE), and {@code plugboard_connectors{health="ONLINE"}}: how
 * many have each status. Recomputed whenever the catalog or the health publishes a snapshot; a
 * connector that leaves the catalog loses its gauge.
 */
final class ConnectorHealthGauges {
    private final MeterRegistry registry;
    private final Catalog catalog;
    private final HealthBoard board;
    private final AtomicReference<Map<Integer, HealthStatus>> statuses = new AtomicReference<>(Map.of());
    private final Map<Integer, Gauge> gauges = new HashMap<>();

    private ConnectorHealthGauges(MeterRegistry registry, Catalog catalog, HealthBoard board) {
        this.registry = registry;
        this.catalog = catalog;
        this.board = board;
    }

    static void register(MeterRegistry registry, Catalog catalog, HealthBoard board) {
        ConnectorHealthGauges gauges = new ConnectorHealthGauges(registry, catalog, board);
        for (HealthStatus status : HealthStatus.values()) {
            Gauge.builder("plugboard.connectors", () -> gauges.count(status))
                    .description("Served connectors with each health status")
                    .tag("health", status.name())
                    .register(registry);
        }
        gauges.update();
        catalog.onPublish(snapshot -> gauges.update());
        board.onPublish(snapshot -> gauges.update());
    }

    /** The served status: the computed (or overridden) one, or the catalog's without executions. */
    private synchronized void update() {
        Map<Integer, HealthStatus> next = new HashMap<>();
        for (Connector connector : catalog.current().connectors()) {
            HealthStatus status = board.current()
                    .view(connector.id())
                    .map(HealthView::status)
                    .orElse(connector.health().status());
            next.put(connector.id(), status);
        }
        statuses.set(Map.copyOf(next));
        gauges.entrySet().removeIf(entry -> {
            boolean gone = !next.containsKey(entry.getKey());
            if (gone) {
                registry.remove(entry.getValue());
            }
            return gone;
        });
        for (Integer id : next.keySet()) {
            gauges.computeIfAbsent(id, this::gauge);
        }
    }

    private Gauge gauge(int id) {
        return Gauge.builder(
                        "plugboard.connector.health", () -> value(statuses.get().get(id)))
                .description("Each connector's served health status: 2 ONLINE, 1 UNSTABLE, 0 OFFLINE")
                .tag("connector", Integer.toString(id))
                .register(registry);
    }

    private static double value(HealthStatus status) {
        if (status == null) {
            return Double.NaN;
        }
        return switch (status) {
            case ONLINE -> 2;
            case UNSTABLE -> 1;
            case OFFLINE -> 0;
        };
    }

    private long count(HealthStatus status) {
        return statuses.get().values().stream().filter(status::equals).count();
    }
}

package dev.plugboard.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.health.ChangeReason;
import dev.plugboard.domain.health.Execution;
import dev.plugboard.domain.health.ExecutionStatus;
import dev.plugboard.domain.health.HealthRepository;
import dev.plugboard.domain.health.HealthState;
import dev.plugboard.domain.health.MinuteBucket;
import dev.plugboard.domain.health.OutcomeCounts;
import dev.plugboard.domain.health.ProductOutcome;
import dev.plugboard.domain.health.ProductTally;
import dev.plugboard.domain.health.StatusChange;
import dev.plugboard.domain.health.StatusOverride;
import dev.plugboard.domain.health.TimeWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Executions, their minute aggregates (kept with atomic upserts, so concurrent replicas add up
 * instead of overwriting each other), and health states written with compare-and-set.
 */
final class JdbiHealthRepository implements HealthRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSERT_EXECUTION = """
            INSERT INTO executions (id, connector_id, client_id, status, started_at, finished_at, products, received_at)
            VALUES (:id, :connectorId, :clientId, :status, :startedAt, :finishedAt, :products, :receivedAt)
            ON CONFLICT (id) DO NOTHING
            """;
    private static final String ADD_STATUS = """
            INSERT INTO execution_minutes (connector_id, minute, status, executions) VALUES (:connectorId, :minute, :status, 1)
            ON CONFLICT (connector_id, minute, status) DO UPDATE SET executions = execution_minutes.executions + 1
            """;
    private static final String ADD_PRODUCT = """
            INSERT INTO product_minutes (connector_id, minute, product, successes, total)
            VALUES (:connectorId, :minute, :product, :success, 1)
            ON CONFLICT (connector_id, minute, product) DO UPDATE SET
                successes = product_minutes.successes + :success, total = product_minutes.total + 1
            """;
    private static final String ADD_CLIENT = """
            INSERT INTO client_minutes (connector_id, client_id, minute, executions) VALUES (:connectorId, :clientId, :minute, 1)
            ON CONFLICT (connector_id, client_id, minute) DO UPDATE SET executions = client_minutes.executions + 1
            """;
    private static final String STATUS_TOTALS = """
            SELECT connector_id, status, SUM(executions) AS n FROM execution_minutes
            WHERE minute >= :start AND minute < :end GROUP BY connector_id, status
            """;
    private static final String PRODUCT_TOTALS = """
            SELECT connector_id, product, SUM(successes) AS s, SUM(total) AS t FROM product_minutes
            WHERE minute >= :start AND minute < :end GROUP BY connector_id, product
            """;
    private static final String CLIENT_TOTALS = """
            SELECT connector_id, client_id, SUM(executions) AS n FROM client_minutes
            WHERE minute >= :start AND minute < :end GROUP BY connector_id, client_id
            """;
    private static final String STATUS_MINUTES = """
            SELECT minute, status, executions FROM execution_minutes
            WHERE connector_id = :connectorId AND minute >= :start AND minute < :end
            """;
    private static final String PRODUCT_MINUTES = """
            SELECT minute, product, successes, total FROM product_minutes
            WHERE connector_id = :connectorId AND minute >= :start AND minute < :end
            """;
    private static final String SELECT_STATES = "SELECT * FROM connector_health";
    private static final String INSERT_STATE = """
            INSERT INTO connector_health
                (connector_id, computed_status, override_status, override_message, override_until, version, updated_at)
            VALUES (:connectorId, :computed, :overrideStatus, :overrideMessage, :overrideUntil, 1, :at)
            ON CONFLICT (connector_id) DO NOTHING
            """;
    private static final String UPDATE_STATE = """
            UPDATE connector_health SET computed_status = :computed, override_status = :overrideStatus,
                override_message = :overrideMessage, override_until = :overrideUntil, version = version + 1,
                updated_at = :at
            WHERE connector_id = :connectorId AND version = :expected
            """;
    private static final String INSERT_CHANGE = """
            INSERT INTO health_changes (connector_id, version, at, from_status, to_status, reason, rate, sample)
            VALUES (:connectorId, :version, :at, :from, :to, :reason, :rate, :sample)
            """;
    private static final String SELECT_CHANGES = """
            SELECT * FROM health_changes WHERE connector_id = :connectorId AND at >= :start AND at < :end
            ORDER BY version
            """;
    private static final String LAST_CHANGE_BEFORE = """
            SELECT * FROM health_changes WHERE connector_id = :connectorId AND at < :at ORDER BY version DESC LIMIT 1
            """;

    private final Jdbi jdbi;
    private final BiConsumer<Handle, StatusChange> onChange;

    /**
     * @param onChange what a recorded change triggers in the same transaction (webhook deliveries)
     */
    JdbiHealthRepository(Jdbi jdbi, BiConsumer<Handle, StatusChange> onChange) {
        this.jdbi = jdbi;
        this.onChange = onChange;
    }

    @Override
    public IngestResult ingest(List<Execution> executions, Instant receivedAt) {
        return jdbi.inTransaction(h -> {
            int accepted = 0;
            for (Execution e : executions) {
                if (insert(h, e, receivedAt)) {
                    accepted++;
                    aggregate(h, e);
                }
            }
            return new IngestResult(accepted, executions.size() - accepted);
        });
    }

    private static boolean insert(Handle h, Execution e, Instant receivedAt) {
        return h.createUpdate(INSERT_EXECUTION)
                        .bind("id", e.id().toString())
                        .bind("connectorId", e.connectorId())
                        .bind("clientId", e.clientId().toString())
                        .bind("status", e.status().name())
                        .bind("startedAt", e.startedAt().toEpochMilli())
                        .bind("finishedAt", e.finishedAt().toEpochMilli())
                        .bind("products", productsJson(e))
                        .bind("receivedAt", receivedAt.toEpochMilli())
                        .execute()
                == 1;
    }

    private static void aggregate(Handle h, Execution e) {
        long minute = e.minute().toEpochMilli();
        h.createUpdate(ADD_STATUS)
                .bind("connectorId", e.connectorId())
                .bind("minute", minute)
                .bind("status", e.status().name())
                .execute();
        e.products()
                .forEach((product, outcome) -> h.createUpdate(ADD_PRODUCT)
                        .bind("connectorId", e.connectorId())
                        .bind("minute", minute)
                        .bind("product", product.name())
                        .bind("success", outcome == ProductOutcome.SUCCESS ? 1 : 0)
                        .execute());
        h.createUpdate(ADD_CLIENT)
                .bind("connectorId", e.connectorId())
                .bind("clientId", e.clientId().toString())
                .bind("minute", minute)
                .execute();
    }

    private static String productsJson(Execution e) {
        Map<String, String> products = new TreeMap<>();
        e.products().forEach((product, outcome) -> products.put(product.name(), outcome.name()));
        try {
            return JSON.writeValueAsString(products);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a map of strings is always JSON", ex);
        }
    }

    @Override
    public Map<Integer, OutcomeCounts> totals(TimeWindow window) {
        return jdbi.withHandle(h -> {
            Map<Integer, Map<ExecutionStatus, Long>> statuses = new HashMap<>();
            h.createQuery(STATUS_TOTALS)
                    .bind("start", window.start().toEpochMilli())
                    .bind("end", window.end().toEpochMilli())
                    .map((rs, ctx) -> {
                        statuses.computeIfAbsent(rs.getInt("connector_id"), k -> new EnumMap<>(ExecutionStatus.class))
                                .put(status(rs.getString("status")), rs.getLong("n"));
                        return 0;
                    })
                    .list();
            Map<Integer, Map<Product, ProductTally>> products = new HashMap<>();
            h.createQuery(PRODUCT_TOTALS)
                    .bind("start", window.start().toEpochMilli())
                    .bind("end", window.end().toEpochMilli())
                    .map((rs, ctx) -> {
                        products.computeIfAbsent(rs.getInt("connector_id"), k -> new EnumMap<>(Product.class))
                                .put(
                                        product(rs.getString("product")),
                                        new ProductTally(rs.getLong("s"), rs.getLong("t")));
                        return 0;
                    })
                    .list();
            Map<Integer, OutcomeCounts> totals = new HashMap<>();
            statuses.forEach((id, counts) ->
                    totals.put(id, new OutcomeCounts(counts, products.getOrDefault(id, Map.of()))));
            return totals;
        });
    }

    @Override
    public Map<Integer, Map<UUID, Long>> clientTotals(TimeWindow window) {
        return jdbi.withHandle(h -> {
            Map<Integer, Map<UUID, Long>> totals = new HashMap<>();
            h.createQuery(CLIENT_TOTALS)
                    .bind("start", window.start().toEpochMilli())
                    .bind("end", window.end().toEpochMilli())
                    .map((rs, ctx) -> {
                        totals.computeIfAbsent(rs.getInt("connector_id"), k -> new HashMap<>())
                                .put(UUID.fromString(rs.getString("client_id")), rs.getLong("n"));
                        return 0;
                    })
                    .list();
            return totals;
        });
    }

    @Override
    public List<MinuteBucket> buckets(int connectorId, TimeWindow window) {
        return jdbi.withHandle(h -> {
            Map<Long, Map<ExecutionStatus, Long>> statuses = new TreeMap<>();
            h.createQuery(STATUS_MINUTES)
                    .bind("connectorId", connectorId)
                    .bind("start", window.start().toEpochMilli())
                    .bind("end", window.end().toEpochMilli())
                    .map((rs, ctx) -> {
                        statuses.computeIfAbsent(rs.getLong("minute"), k -> new EnumMap<>(ExecutionStatus.class))
                                .put(status(rs.getString("status")), rs.getLong("executions"));
                        return 0;
                    })
                    .list();
            Map<Long, Map<Product, ProductTally>> products = new HashMap<>();
            h.createQuery(PRODUCT_MINUTES)
                    .bind("connectorId", connectorId)
                    .bind("start", window.start().toEpochMilli())
                    .bind("end", window.end().toEpochMilli())
                    .map((rs, ctx) -> {
                        products.computeIfAbsent(rs.getLong("minute"), k -> new EnumMap<>(Product.class))
                                .put(
                                        product(rs.getString("product")),
                                        new ProductTally(rs.getLong("successes"), rs.getLong("total")));
                        return 0;
                    })
                    .list();
            return statuses.entrySet().stream()
                    .map(e -> new MinuteBucket(
                            connectorId,
                            Instant.ofEpochMilli(e.getKey()),
                            new OutcomeCounts(e.getValue(), products.getOrDefault(e.getKey(), Map.of()))))
                    .toList();
        });
    }

    @Override
    public Map<Integer, StoredState> states() {
        return jdbi.withHandle(h -> {
            Map<Integer, StoredState> states = new HashMap<>();
            h.createQuery(SELECT_STATES)
                    .map((rs, ctx) -> state(rs))
                    .list()
                    .forEach(s -> states.put(s.state().connectorId(), s));
            return states;
        });
    }

    private static StoredState state(ResultSet rs) throws SQLException {
        String overrideStatus = rs.getString("override_status");
        long until = rs.getLong("override_until");
        boolean forever = rs.wasNull();
        Optional<StatusOverride> override = overrideStatus == null
                ? Optional.empty()
                : Optional.of(new StatusOverride(
                        health(overrideStatus),
                        rs.getString("override_message"),
                        forever ? Optional.empty() : Optional.of(Instant.ofEpochMilli(until))));
        HealthState state =
                new HealthState(rs.getInt("connector_id"), health(rs.getString("computed_status")), override);
        return new StoredState(state, rs.getLong("version"));
    }

    @Override
    public boolean transition(
            int connectorId, long expectedVersion, HealthState next, Optional<StatusChange> change, Instant at) {
        return jdbi.inTransaction(h -> {
            var statement = h.createUpdate(expectedVersion == 0 ? INSERT_STATE : UPDATE_STATE)
                    .bind("connectorId", connectorId)
                    .bind("computed", next.computed().name())
                    .bind(
                            "overrideStatus",
                            next.override().map(o -> o.status().name()).orElse(null))
                    .bind(
                            "overrideMessage",
                            next.override().map(StatusOverride::message).orElse(null))
                    .bind(
                            "overrideUntil",
                            next.override()
                                    .flatMap(StatusOverride::until)
                                    .map(Instant::toEpochMilli)
                                    .orElse(null))
                    .bind("at", at.toEpochMilli());
            if (expectedVersion != 0) {
                statement.bind("expected", expectedVersion);
            }
            if (statement.execute() != 1) {
                return false;
            }
            if (change.isPresent()) {
                StatusChange c = change.get();
                h.createUpdate(INSERT_CHANGE)
                        .bind("connectorId", connectorId)
                        .bind("version", expectedVersion + 1)
                        .bind("at", c.at().toEpochMilli())
                        .bind("from", c.from().name())
                        .bind("to", c.to().name())
                        .bind("reason", c.reason().name())
                        .bind("rate", c.rate().isPresent() ? c.rate().getAsDouble() : null)
                        .bind("sample", c.sample())
                        .execute();
                onChange.accept(h, c);
            }
            return true;
        });
    }

    @Override
    public List<StatusChange> changes(int connectorId, TimeWindow window) {
        return jdbi.withHandle(h -> h.createQuery(SELECT_CHANGES)
                .bind("connectorId", connectorId)
                .bind("start", window.start().toEpochMilli())
                .bind("end", window.end().toEpochMilli())
                .map((rs, ctx) -> change(rs))
                .list());
    }

    @Override
    public Optional<StatusChange> lastChangeBefore(int connectorId, Instant at) {
        return jdbi.withHandle(h -> h.createQuery(LAST_CHANGE_BEFORE)
                .bind("connectorId", connectorId)
                .bind("at", at.toEpochMilli())
                .map((rs, ctx) -> change(rs))
                .findOne());
    }

    private static StatusChange change(ResultSet rs) throws SQLException {
        double rate = rs.getDouble("rate");
        boolean noRate = rs.wasNull();
        return new StatusChange(
                rs.getInt("connector_id"),
                health(rs.getString("from_status")),
                health(rs.getString("to_status")),
                Instant.ofEpochMilli(rs.getLong("at")),
                ChangeReason.valueOf(rs.getString("reason")),
                noRate ? OptionalDouble.empty() : OptionalDouble.of(rate),
                rs.getLong("sample"));
    }

    @Override
    public void purge(Instant executionsBefore, Instant aggregatesBefore) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM executions WHERE finished_at < :t")
                    .bind("t", executionsBefore.toEpochMilli())
                    .execute();
            for (String table : List.of("execution_minutes", "product_minutes", "client_minutes")) {
                h.createUpdate("DELETE FROM " + table + " WHERE minute < :t")
                        .bind("t", aggregatesBefore.toEpochMilli())
                        .execute();
            }
        });
    }

    private static ExecutionStatus status(String stored) {
        return ExecutionStatus.fromWire(stored)
                .orElseThrow(() -> new IllegalStateException("stored status is unknown: " + stored));
    }

    private static Product product(String stored) {
        return Product.fromWire(stored)
                .orElseThrow(() -> new IllegalStateException("stored product is unknown: " + stored));
    }

    private static HealthStatus health(String stored) {
        return HealthStatus.fromWire(stored)
                .orElseThrow(() -> new IllegalStateException("stored health is unknown: " + stored));
    }
}

package dev.plugboard.http.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.health.Execution;
import dev.plugboard.domain.health.HealthRepository;
import dev.plugboard.domain.health.Incident;
import dev.plugboard.domain.health.RateSeries;
import dev.plugboard.domain.health.StatusChange;
import dev.plugboard.domain.health.StatusOverride;
import dev.plugboard.domain.health.TimeWindow;
import dev.plugboard.http.ops.PlugboardMetrics;
import dev.plugboard.http.overload.BlockingWork;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import dev.plugboard.http.wire.ConnectorIds;
import dev.plugboard.http.wire.JsonBodies;
import dev.plugboard.http.wire.QueryString;
import dev.plugboard.http.wire.WireTime;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code POST /executions}, the health history, and the operator's status override. */
public final class HealthHandlers {
    /** The resolutions a history series may use, by their query-string name. */
    static final Map<String, Duration> RESOLUTIONS = Map.of(
            "1m", Duration.ofMinutes(1),
            "5m", Duration.ofMinutes(5),
            "15m", Duration.ofMinutes(15),
            "1h", Duration.ofHours(1),
            "6h", Duration.ofHours(6),
            "1d", Duration.ofDays(1));
    /** The longest history one request may ask for: the aggregates' default retention. */
    static final Duration MAX_RANGE = Duration.ofDays(90);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CharSequence JSON_UTF8 = HttpHeaders.createOptimized("application/json; charset=utf-8");

    private final Catalog catalog;
    private final HealthServices health;
    private final Clock clock;
    private final PlugboardMetrics metrics;

    public HealthHandlers(Catalog catalog, HealthServices health, Clock clock, PlugboardMetrics metrics) {
        this.catalog = catalog;
        this.health = health;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** {@code POST /executions}: stores a batch durably before answering; repeats are not counted twice. */
    public void ingest(RoutingContext rc) {
        JsonNode body = json(rc);
        List<Execution> executions = ExecutionBatch.read(body, catalog.current(), clock.instant());
        blocking(rc, () -> health.repository().ingest(executions, clock.instant()), result -> {
            metrics.executionsIngested(result.accepted(), result.duplicates());
            answer(
                    rc,
                    200,
                    JSON.createObjectNode().put("accepted", result.accepted()).put("duplicates", result.duplicates()));
        });
    }

    /** {@code GET /connectors/{id}/health/history?from=&to=&resolution=}. */
    public void history(RoutingContext rc) {
        int id = ConnectorIds.parse(rc.pathParam("id"));
        Connector connector = catalog.current().get(id);
        QueryString q = QueryString.parse(rc.request().query());
        Instant to = q.single("to")
                .map(v -> instant("to", v))
                .orElse(clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)));
        Instant from = q.single("from").map(v -> instant("from", v)).orElse(to.minus(Duration.ofHours(24)));
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new ApiException(
                    ApiError.INVALID_QUERY_PARAMETER,
                    "from",
                    WireTime.format(from),
                    "from must be before to, and at most 90 days before it.");
        }
        Duration resolution =
                q.single("resolution").map(HealthHandlers::resolution).orElse(defaultResolution(from, to));
        TimeWindow range = new TimeWindow(from.truncatedTo(ChronoUnit.MINUTES), to);
        if (RateSeries.pointCount(range, resolution) > RateSeries.MAX_POINTS) {
            throw new ApiException(
                    ApiError.INVALID_QUERY_PARAMETER,
                    "resolution",
                    q.single("resolution").orElse(""),
                    "that range at that resolution is more than " + RateSeries.MAX_POINTS
                            + " points; use a longer one.");
        }
        HealthRepository repository = health.repository();
        blocking(
                rc,
                () -> {
                    List<StatusChange> changes = repository.changes(id, range);
                    HealthStatus initial = repository
                            .lastChangeBefore(id, range.start())
                            .map(StatusChange::to)
                            .orElse(connector.health().status());
                    List<Incident> incidents = Incident.derive(id, initial, range.start(), changes);
                    return HistoryJson.of(
                            id,
                            range,
                            resolution,
                            health.board().current().view(id),
                            changes,
                            incidents,
                            RateSeries.resample(id, repository.buckets(id, range), range, resolution));
                },
                body -> answer(rc, 200, body));
    }

    /** {@code PUT /admin/connectors/{id}/health/override}: {@code {status, message, until?}}. */
    public void setOverride(RoutingContext rc) {
        int id = ConnectorIds.parse(rc.pathParam("id"));
        JsonNode body = json(rc);
        StatusOverride override = override(body);
        CatalogSnapshot snapshot = catalog.current();
        snapshot.get(id);
        blocking(
                rc,
                () -> {
                    health.monitor().setOverride(snapshot, id, override);
                    health.board().publish(health.monitor().refresh(snapshot));
                    return override;
                },
                saved -> answer(rc, 200, overrideJson(id, saved)));
    }

    /** {@code DELETE /admin/connectors/{id}/health/override}: back to the computed status. */
    public void clearOverride(RoutingContext rc) {
        int id = ConnectorIds.parse(rc.pathParam("id"));
        CatalogSnapshot snapshot = catalog.current();
        snapshot.get(id);
        blocking(
                rc,
                () -> {
                    health.monitor().clearOverride(snapshot, id);
                    health.board().publish(health.monitor().refresh(snapshot));
                    return health.board().current().view(id).orElseThrow().status();
                },
                status -> answer(
                        rc, 200, JSON.createObjectNode().put("connectorId", id).put("status", status.name())));
    }

    private StatusOverride override(JsonNode body) {
        if (!body.isObject()) {
            throw new ApiException(ApiError.BODY_NOT_AN_OBJECT);
        }
        String status = body.path("status").asText("");
        if (!status.equals("OFFLINE") && !status.equals("UNSTABLE")) {
            throw new ApiException(ApiError.INVALID_FIELD, "status", "must be OFFLINE or UNSTABLE");
        }
        JsonNode message = body.get("message");
        if (message == null
                || !message.isTextual()
                || message.asText().isBlank()
                || message.asText().length() > 500) {
            throw new ApiException(
                    ApiError.INVALID_FIELD,
                    "message",
                    "is required: up to 500 characters shown in health.details.error");
        }
        Optional<Instant> until = Optional.empty();
        JsonNode untilNode = body.get("until");
        if (untilNode != null && !untilNode.isNull()) {
            until = Optional.of(
                            untilNode.isTextual()
                                    ? WireTime.parse(untilNode.asText()).orElse(null)
                                    : null)
                    .filter(instant -> instant != null && instant.isAfter(clock.instant()));
            if (until.isEmpty()) {
                throw new ApiException(ApiError.INVALID_FIELD, "until", "must be an ISO-8601 time in the future");
            }
        }
        return new StatusOverride(HealthStatus.valueOf(status), message.asText(), until);
    }

    private static JsonNode overrideJson(int id, StatusOverride override) {
        var node = JSON.createObjectNode()
                .put("connectorId", id)
                .put("status", override.status().name())
                .put("message", override.message());
        if (override.until().isPresent()) {
            node.put("until", WireTime.format(override.until().get()));
        } else {
            node.putNull("until");
        }
        return node;
    }

    private static Instant instant(String name, String value) {
        return WireTime.parse(value)
                .orElseThrow(() -> new ApiException(
                        ApiError.INVALID_QUERY_PARAMETER,
                        name,
                        value,
                        "expected an ISO-8601 time such as 2026-12-04T12:00:00Z."));
    }

    private static Duration resolution(String value) {
        Duration resolution = RESOLUTIONS.get(value);
        if (resolution == null) {
            throw new ApiException(
                    ApiError.INVALID_QUERY_PARAMETER, "resolution", value, "expected one of 1m, 5m, 15m, 1h, 6h, 1d.");
        }
        return resolution;
    }

    /** The finest resolution that keeps the series at 500 points or fewer. */
    static Duration defaultResolution(Instant from, Instant to) {
        return RESOLUTIONS.values().stream()
                .sorted()
                .filter(step -> Duration.between(from, to).toMinutes() / Math.max(1, step.toMinutes()) <= 500)
                .findFirst()
                .orElse(Duration.ofDays(1));
    }

    private static JsonNode json(RoutingContext rc) {
        if (!JsonBodies.isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            throw new ApiException(ApiError.INVALID_CONTENT_TYPE);
        }
        return JsonBodies.readValue(
                rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes());
    }

    private static <T> void blocking(RoutingContext rc, Callable<T> work, Consumer<T> answer) {
        BlockingWork.submit(rc, work).onSuccess(answer::accept).onFailure(rc::fail);
    }

    private static void answer(RoutingContext rc, int status, Object body) {
        try {
            rc.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8)
                    .end(Buffer.buffer(JSON.writeValueAsBytes(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

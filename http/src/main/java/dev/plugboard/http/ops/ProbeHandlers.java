package dev.plugboard.http.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.catalog.CatalogSnapshot;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code GET /health/live} and {@code GET /health/ready}, unauthenticated, for load balancers and
 * orchestrators. Live answers 200 while the process serves HTTP at all. Ready answers 200 only
 * when the database answers (checked at most once a second, see {@link DatabaseProbe}) and the
 * catalog is loaded, and 503 otherwise; the body names each check's status either way.
 */
public final class ProbeHandlers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CharSequence JSON_UTF8 = HttpHeaders.createOptimized("application/json; charset=utf-8");

    private final Catalog catalog;
    private final DatabaseProbe database;

    public ProbeHandlers(Catalog catalog, DatabaseProbe database) {
        this.catalog = catalog;
        this.database = database;
    }

    /** {@code GET /health/live}: {@code {"status":"UP"}}. */
    public void live(RoutingContext rc) {
        answer(rc, 200, JSON.createObjectNode().put("status", "UP"));
    }

    /**
     * {@code GET /health/ready}: {@code {"status","checks":{"database":{"status"},"catalog":{"status",
     * "version","connectors"}}}}, 200 when every check is UP, 503 otherwise.
     */
    public void ready(RoutingContext rc) {
        CatalogSnapshot snapshot = catalog.current();
        boolean catalogLoaded = snapshot.version() > 0;
        Future.fromCompletionStage(database.reachable(), rc.vertx().getOrCreateContext())
                .onComplete(result -> {
                    boolean databaseUp = result.succeeded() && result.result();
                    boolean up = databaseUp && catalogLoaded;
                    ObjectNode body = JSON.createObjectNode().put("status", status(up));
                    ObjectNode checks = body.putObject("checks");
                    checks.putObject("database").put("status", status(databaseUp));
                    checks.putObject("catalog")
                            .put("status", status(catalogLoaded))
                            .put("version", snapshot.version())
                            .put("connectors", snapshot.size());
                    answer(rc, up ? 200 : 503, body);
                });
    }

    private static String status(boolean up) {
        return up ? "UP" : "DOWN";
    }

    private static void answer(RoutingContext rc, int status, ObjectNode body) {
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

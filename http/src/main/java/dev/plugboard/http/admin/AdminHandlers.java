package dev.plugboard.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.catalog.Actor;
import dev.plugboard.domain.catalog.AuditQuery;
import dev.plugboard.http.overload.BlockingWork;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import dev.plugboard.http.wire.ConnectorIds;
import dev.plugboard.http.wire.JsonBodies;
import dev.plugboard.http.wire.QueryString;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The administration API's handlers. Each parses the request on the event loop, runs the
 * {@link CatalogEditor} on a worker thread (it reads and writes the database) and answers.
 */
public final class AdminHandlers {
    private static final CharSequence JSON_UTF8 = HttpHeaders.createOptimized("application/json; charset=utf-8");

    private final CatalogEditor editor;
    private final Applications applications;

    public AdminHandlers(CatalogEditor editor, Applications applications) {
        this.editor = editor;
        this.applications = applications;
    }

    /** {@code GET /admin/connectors}: every connector, disabled ones included. */
    public void list(RoutingContext rc) {
        blocking(rc, editor::all, all -> answer(rc, 200, AdminJson.list(all)));
    }

    /** {@code GET /admin/connectors/{id}}, with its {@code ETag}. */
    public void get(RoutingContext rc) {
        int id = ConnectorIds.parse(rc.pathParam("id"));
        blocking(rc, () -> editor.get(id), stored -> {
            rc.response().putHeader(HttpHeaders.ETAG, ETags.of(stored.revision()));
            answer(rc, 200, AdminJson.stored(stored));
        });
    }

    /** {@code PUT /admin/connectors/{id}}: create (201) or replace (200, needs {@code If-Match}). */
    public void put(RoutingContext rc) {
        int id = ConnectorIds.parse(rc.pathParam("id"));
        JsonNode document = body(rc);
        Optional<ETags.IfMatch> ifMatch = ETags.ifMatch(rc.request().getHeader(HttpHeaders.IF_MATCH));
        boolean createOnly = "*".equals(stripped(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH)));
        UUID caller = callerId(rc);
        blocking(rc, () -> editor.put(id, document, ifMatch, createOnly, actor(caller)), saved -> {
            rc.response().putHeader(HttpHeaders.ETAG, ETags.of(saved.stored().revision()));
            answer(rc, saved.created() ? 201 : 200, AdminJson.stored(saved.stored()));
        });
    }

    /** {@code PATCH /admin/connectors/{id}}: a JSON merge patch; needs {@code If-Match}. */
    public void patch(RoutingContext rc) {
        int id = ConnectorIds.parse(rc.pathParam("id"));
        JsonNode patch = body(rc);
        Optional<ETags.IfMatch> ifMatch = ETags.ifMatch(rc.request().getHeader(HttpHeaders.IF_MATCH));
        UUID caller = callerId(rc);
        blocking(rc, () -> editor.patch(id, patch, ifMatch, actor(caller)), stored -> {
            rc.response().putHeader(HttpHeaders.ETAG, ETags.of(stored.revision()));
            answer(rc, 200, AdminJson.stored(stored));
        });
    }

    /** {@code DELETE /admin/connectors/{id}}: disables it; needs {@code If-Match}. */
    public void delete(RoutingContext rc) {
        int id = ConnectorIds.parse(rc.pathParam("id"));
        Optional<ETags.IfMatch> ifMatch = ETags.ifMatch(rc.request().getHeader(HttpHeaders.IF_MATCH));
        UUID caller = callerId(rc);
        blocking(rc, () -> editor.disable(id, ifMatch, actor(caller)), stored -> {
            rc.response().putHeader(HttpHeaders.ETAG, ETags.of(stored.revision()));
            answer(rc, 200, AdminJson.stored(stored));
        });
    }

    /** {@code POST /admin/catalog/import[?dryRun=true]}. */
    public void importCatalog(RoutingContext rc) {
        boolean dryRun = flag(QueryString.parse(rc.request().query()), "dryRun");
        JsonNode documents = body(rc);
        UUID caller = callerId(rc);
        blocking(
                rc,
                () -> editor.importCatalog(documents, dryRun, actor(caller)),
                plan -> answer(rc, 200, AdminJson.plan(plan, dryRun)));
    }

    /** {@code GET /admin/catalog/export}: the enabled connectors, as import takes them. */
    public void export(RoutingContext rc) {
        blocking(rc, editor::export, connectors -> answer(rc, 200, AdminJson.catalog(connectors)));
    }

    /** {@code GET /admin/audit[?connectorId=&before=&limit=]}: newest first. */
    public void audit(RoutingContext rc) {
        QueryString q = QueryString.parse(rc.request().query());
        OptionalInt connectorId = q.single("connectorId")
                .map(v -> OptionalInt.of((int) number(v, "connectorId", 0, Integer.MAX_VALUE)))
                .orElse(OptionalInt.empty());
        OptionalLong before = q.single("before")
                .map(v -> OptionalLong.of(number(v, "before", 1, Long.MAX_VALUE)))
                .orElse(OptionalLong.empty());
        long limit = q.single("limit")
                .map(v -> number(v, "limit", 1, AuditQuery.MAX_LIMIT))
                .orElse(100L);
        AuditQuery query = new AuditQuery(connectorId, before, (int) limit);
        blocking(rc, () -> editor.audit(query), entries -> answer(rc, 200, AdminJson.audit(entries)));
    }

    private Actor actor(UUID clientId) {
        String name = applications.find(clientId).map(Application::name).orElse("unknown operator");
        return new Actor(clientId.toString(), name);
    }

    private static UUID callerId(RoutingContext rc) {
        return dev.plugboard.http.ApiKeyGuard.caller(rc).clientId();
    }

    private static JsonNode body(RoutingContext rc) {
        if (!JsonBodies.isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            throw new ApiException(ApiError.INVALID_CONTENT_TYPE);
        }
        return JsonBodies.readValue(
                rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes());
    }

    private static boolean flag(QueryString q, String name) {
        return q.single(name)
                .map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default ->
                        throw new ApiException(
                                ApiError.INVALID_QUERY_PARAMETER, name, value, "expected true or false.");
                })
                .orElse(false);
    }

    private static long number(String value, String name, long min, long max) {
        String reason = "expected a whole number from " + min + " to " + max + ".";
        if (!value.matches("[0-9]{1,18}") || Long.parseLong(value) < min || Long.parseLong(value) > max) {
            throw new ApiException(ApiError.INVALID_QUERY_PARAMETER, name, value, reason);
        }
        return Long.parseLong(value);
    }

    private static String stripped(String header) {
        return header == null ? null : header.strip();
    }

    private static <T> void blocking(RoutingContext rc, Callable<T> work, Consumer<T> answer) {
        BlockingWork.submit(rc, work).onSuccess(answer::accept).onFailure(rc::fail);
    }

    private static void answer(RoutingContext rc, int status, Object body) {
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8)
                .end(io.vertx.core.buffer.Buffer.buffer(AdminJson.bytes(body)));
    }
}

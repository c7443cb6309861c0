package dev.plugboard.http.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.domain.webhook.NoSuchWebhookException;
import dev.plugboard.domain.webhook.Webhooks;
import dev.plugboard.http.ApiKeyGuard;
import dev.plugboard.http.overload.BlockingWork;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import dev.plugboard.http.wire.JsonBodies;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The webhook API's handlers (application keys only; the guard runs first). Each parses the
 * request on the event loop, runs {@link Webhooks} on a worker thread (it reads and writes the
 * database) and answers. A webhook of another application, like an id that is not a UUID, is a 404.
 */
public final class WebhookHandlers {
    private static final CharSequence JSON_UTF8 = HttpHeaders.createOptimized("application/json; charset=utf-8");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Webhooks webhooks;

    public WebhookHandlers(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** {@code POST /webhooks}: 201 with the webhook and, this once, its signing secret. */
    public void create(RoutingContext rc) {
        var draft = WebhookJson.draft(body(rc));
        UUID caller = caller(rc);
        blocking(rc, () -> webhooks.create(caller, draft), w -> answer(rc, 201, WebhookJson.webhook(w, true)));
    }

    /** {@code GET /webhooks}: the caller's webhooks, oldest first. */
    public void list(RoutingContext rc) {
        UUID caller = caller(rc);
        blocking(rc, () -> webhooks.list(caller), all -> answer(rc, 200, WebhookJson.list(all)));
    }

    /** {@code GET /webhooks/{id}}. */
    public void get(RoutingContext rc) {
        UUID id = id(rc);
        UUID caller = caller(rc);
        blocking(rc, () -> webhooks.get(caller, id), w -> answer(rc, 200, WebhookJson.webhook(w, false)));
    }

    /** {@code PATCH /webhooks/{id}}: Pluggy's {@code UpdateWebhook}; absent fields are kept. */
    public void update(RoutingContext rc) {
        UUID id = id(rc);
        var update = WebhookJson.update(body(rc));
        UUID caller = caller(rc);
        blocking(rc, () -> webhooks.update(caller, id, update), w -> answer(rc, 200, WebhookJson.webhook(w, false)));
    }

    /** {@code DELETE /webhooks/{id}}: {@code {"count":1}}; its pending deliveries go with it. */
    public void delete(RoutingContext rc) {
        UUID id = id(rc);
        UUID caller = caller(rc);
        blocking(
                rc,
                () -> {
                    webhooks.delete(caller, id);
                    return 1;
                },
                count -> answer(rc, 200, WebhookJson.count(count)));
    }

    private static UUID id(RoutingContext rc) {
        String text = rc.pathParam("id");
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new NoSuchWebhookException(text);
        }
        return UUID.fromString(text);
    }

    private static UUID caller(RoutingContext rc) {
        return ApiKeyGuard.caller(rc).clientId();
    }

    private static JsonNode body(RoutingContext rc) {
        if (!JsonBodies.isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            throw new ApiException(ApiError.INVALID_CONTENT_TYPE);
        }
        return JsonBodies.readObject(
                rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes());
    }

    private static <T> void blocking(RoutingContext rc, Callable<T> work, Consumer<T> answer) {
        BlockingWork.submit(rc, work).onSuccess(answer::accept).onFailure(rc::fail);
    }

    private static void answer(RoutingContext rc, int status, byte[] body) {
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8)
                .end(Buffer.buffer(body));
    }
}

package dev.plugboard.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Writing a JSON answer, the one way every handler does it. */
final class Responses {
    static final CharSequence JSON_UTF8 = HttpHeaders.createOptimized("application/json; charset=utf-8");

    private Responses() {}

    static void json(RoutingContext rc, int status, Buffer body) {
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8)
                .end(body);
    }

    static void json(RoutingContext rc, int status, byte[] body) {
        json(rc, status, Buffer.buffer(body));
    }
}

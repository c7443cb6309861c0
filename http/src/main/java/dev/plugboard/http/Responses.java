package dev.plugboard.http;

import dev.plugboard.http.wire.AcceptEncoding;
import dev.plugboard.http.wire.EntityTags;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/** Writing a JSON answer, the one way every handler does it. */
final class Responses {
    static final CharSequence JSON_UTF8 = HttpHeaders.createOptimized("application/json; charset=utf-8");

    private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");

    /**
     * A catalog read may be kept by the client (a browser, a caching SDK) but must be revalidated
     * with its ETag before each use; every other answer keeps the security headers' {@code no-store}.
     */
    static final CharSequence REVALIDATE = HttpHeaders.createOptimized("private, no-cache");

    private static final String ACCEPT_ENCODING = "Accept-Encoding";

    private Responses() {}

    /**
     * A catalog read: its {@code ETag}, {@code Cache-Control: private, no-cache}, {@code Vary: Accept-Encoding}, and a 304 without body when
     * {@code If-None-Match} names the tag; the gzip form when the client accepts it and
     * {@code compressible} (the body is kept, so it is compressed once, not per request).
     */
    static void representation(RoutingContext rc, RenderedBody identity, boolean compressible) {
        HttpServerRequest request = rc.request();
        Optional<RenderedBody> gzip =
                compressible && AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))
                        ? identity.gzip()
                        : Optional.empty();
        RenderedBody body = gzip.orElse(identity);
        HttpServerResponse response =
                rc.response().putHeader(HttpHeaders.ETAG, body.etag()).putHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        // One Vary header: CORS may have put "Origin" there already.
        String vary = response.headers().get(HttpHeaders.VARY);
        response.putHeader(HttpHeaders.VARY, vary == null ? ACCEPT_ENCODING : vary + ", " + ACCEPT_ENCODING);
        if (EntityTags.noneMatchFails(request.getHeader(HttpHeaders.IF_NONE_MATCH), body.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        if (gzip.isPresent()) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        json(rc, 200, body.buffer());
    }

    static void json(RoutingContext rc, int status, Buffer body) {
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8)
                .end(body);
    }

    /** @param body written for this response only: it is sent as it is, not copied */
    static void json(RoutingContext rc, int status, byte[] body) {
        json(rc, status, BufferInternal.buffer(Unpooled.wrappedBuffer(body)));
    }
}

package dev.plugboard.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers every answer carries, for a JSON API that no browser should cache, sniff, frame or
 * leak a referrer from. Bodies are untouched. {@code Strict-Transport-Security} only over TLS: sent
 * over plain HTTP it would be ignored, and it is a promise only an HTTPS server can keep.
 */
final class SecurityHeaders {
    static final String HSTS = "max-age=31536000";

    private final boolean tls;

    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    void add(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        if (tls) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        rc.next();
    }
}

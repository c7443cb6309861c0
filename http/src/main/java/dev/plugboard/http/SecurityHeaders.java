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

    // Names and values encoded once: Vert.x writes these AsciiStrings as bytes, not char by char.
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
    private static final CharSequence REFERRER_NAME = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence FRAME_NAME = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence CSP_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CSP = HttpHeaders.createOptimized("default-src 'none'; frame-ancestors 'none'");
    private static final CharSequence HSTS_NAME = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence HSTS_VALUE = HttpHeaders.createOptimized(HSTS);

    private final boolean tls;

    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    /** Puts the headers on the answer; the caller goes on with the request. */
    void add(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        headers.set(NOSNIFF_NAME, NOSNIFF);
        headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        headers.set(REFERRER_NAME, NO_REFERRER);
        headers.set(FRAME_NAME, DENY);
        headers.set(CSP_NAME, CSP);
        if (tls) {
            headers.set(HSTS_NAME, HSTS_VALUE);
        }
    }
}

package dev.plugboard.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Cross-origin access for browser pages that hold a connect token, on the routes a connect token
 * reaches ({@code /connectors…}). An allowed origin gets {@code Access-Control-Allow-Origin} on
 * every answer and a 204 to its preflight naming the route's methods and the headers the SDKs send;
 * any other origin gets no CORS header at all, which makes the browser withhold the answer. The
 * request itself is served either way: CORS protects the browser's user, not the server.
 */
final class Cors {
    static final String ALLOWED_HEADERS = "X-API-KEY, Content-Type, Accept-Language, X-Request-Id, If-None-Match";

    /** What a page's script may read of an answer besides the basics: its request id and ETag. */
    static final String EXPOSED_HEADERS = "X-Request-Id, ETag";

    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;
    private final boolean anyOrigin;
    private final Function<String, String> allowedMethods;

    /**
     * @param origins allowed origins, exactly as browsers send them ({@code https://app.example.com}),
     *     or {@code *} for any
     * @param allowedMethods for a path, the methods its routes accept
     */
    Cors(List<String> origins, Function<String, String> allowedMethods) {
        this.origins = Set.copyOf(origins);
        this.anyOrigin = origins.contains("*");
        this.allowedMethods = allowedMethods;
    }

    void handle(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        if (!anyOrigin) {
            response.headers().add(HttpHeaders.VARY, "Origin");
        }
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || !(anyOrigin || origins.contains(origin))) {
            rc.next();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, anyOrigin ? "*" : origin);
        String methods = allowedMethods.apply(rc.request().path());
        boolean preflight = rc.request().method() == HttpMethod.OPTIONS
                && rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (preflight && !methods.isEmpty()) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS)
                    .setStatusCode(204)
                    .end();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        rc.next();
    }
}

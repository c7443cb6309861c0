package dev.plugboard.http;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, a new
 * UUID otherwise. The id is returned in the response header and written in every log line about
 * the request, and a 500 names it, so a user's report leads to the log.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final String KEY = "plugboard.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    static void assign(RoutingContext rc) {
        String offered = rc.request().getHeader(HEADER);
        String id = offered != null && SANE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        rc.put(KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    static String of(RoutingContext rc) {
        String id = rc.get(KEY);
        return id == null ? "unknown" : id;
    }
}

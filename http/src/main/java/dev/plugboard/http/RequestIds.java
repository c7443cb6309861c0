package dev.plugboard.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, a new
 * UUID otherwise. The id is returned in the response header and written in every log line about
 * the request, and a 500 names it, so a user's report leads to the log.
 *
 * <p>A generated id is a random (version 4) UUID drawn from {@link ThreadLocalRandom}: an id only
 * has to be unique, not unguessable, and {@link UUID#randomUUID()} read the operating system's
 * secure random source and hashed it for every request.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final CharSequence HEADER_NAME = HttpHeaders.createOptimized(HEADER);
    private static final String KEY = "plugboard.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    /** Gives the request its id; the caller goes on with the request. */
    static void assign(RoutingContext rc) {
        String offered = rc.request().getHeader(HEADER_NAME);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : generate();
        rc.put(KEY, id);
        rc.response().putHeader(HEADER_NAME, id);
    }

    /** A random version 4, variant 1 UUID (RFC 9562 §5.4), as text. */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    static String of(RoutingContext rc) {
        String id = rc.get(KEY);
        return id == null ? "unknown" : id;
    }
}

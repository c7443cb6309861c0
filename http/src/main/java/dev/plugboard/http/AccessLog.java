package dev.plugboard.http;

import dev.plugboard.http.auth.Caller;
import dev.plugboard.http.ops.PlugboardMetrics;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a request ends, writes one JSON object on one line to the {@value #LOGGER} logger and
 * records its duration in {@code plugboard_http_requests_seconds}. The line holds what identifies
 * the request and its outcome, and nothing a caller sent as a secret: the path without its query
 * string, never a header or a body.
 *
 * <pre>{"time":"2026-12-04T10:15:30.250Z","requestId":"…","method":"GET","path":"/connectors/201",
 * "route":"/connectors/{id}","status":200,"durationMs":0.84,"bytes":1432,"client":"10.0.0.7",
 * "clientId":"3f0d2f5e-…"}</pre>
 */
final class AccessLog {
    static final String LOGGER = "plugboard.access";

    /** Where a route's template is kept on the request, for the route label and the log. */
    static final String ROUTE = "plugboard.route";

    static final String UNMATCHED = "unmatched";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final int MAX_PATH = 256;
    private static final int MAX_METHOD = 16;

    /** The lines through the {@value #LOGGER} logger, as any Logback or SLF4J set-up routes them. */
    static final Consumer<CharSequence> TO_LOGGER = line -> LOG.info(line.toString());

    /** Each event loop's builder for its lines: a line is built, handed over and forgotten. */
    private static final ThreadLocal<StringBuilder> LINES = ThreadLocal.withInitial(() -> new StringBuilder(512));

    private final PlugboardMetrics metrics;
    private final Clock clock;
    private final Consumer<CharSequence> output;

    AccessLog(PlugboardMetrics metrics, Clock clock) {
        this(metrics, clock, TO_LOGGER);
    }

    /**
     * @param output takes each line, without its line separator; the text is only valid during the
     *     call (its builder is reused for the next line)
     */
    AccessLog(PlugboardMetrics metrics, Clock clock, Consumer<CharSequence> output) {
        this.metrics = metrics;
        this.clock = clock;
        this.output = output;
    }

    /** Starts timing the request, to be logged when it ends; the caller goes on with the request. */
    void observe(RoutingContext rc) {
        long start = System.nanoTime();
        long at = clock.millis();
        rc.addEndHandler(ended -> record(rc, at, System.nanoTime() - start, ended.succeeded()));
    }

    private void record(RoutingContext rc, long at, long nanos, boolean answered) {
        String route = rc.get(ROUTE) instanceof String template ? template : UNMATCHED;
        int status = answered ? rc.response().getStatusCode() : 0;
        String method = cut(rc.request().method().name(), MAX_METHOD);
        metrics.requestCompleted(method, route, status, nanos);
        // Through the logger, a line is only built when the logger would write it.
        if (output != TO_LOGGER || LOG.isInfoEnabled()) {
            output.accept(line(rc, at, method, route, status, nanos));
        }
    }

    /**
     * The line, written straight into one builder: the JSON generator it replaced allocated about a
     * quarter of a catalog read's bytes. Strings are escaped as JSON requires ({@link #string}).
     */
    private static CharSequence line(RoutingContext rc, long at, String method, String route, int status, long nanos) {
        StringBuilder json = LINES.get();
        json.setLength(0);
        json.append("{\"time\":\"");
        time(json, at);
        json.append('"');
        // Only the method and the path can hold what JSON must escape: a request id is a UUID or
        // matched [A-Za-z0-9._:-]{1,128}, a route is a template of the route table, the client an
        // IP address, the clientId a UUID. Those are copied as they are, not scanned.
        json.append(",\"requestId\":");
        plain(json, RequestIds.of(rc));
        json.append(",\"method\":");
        string(json, method);
        json.append(",\"path\":");
        string(json, cut(rc.request().path(), MAX_PATH));
        json.append(",\"route\":");
        plain(json, route);
        json.append(",\"status\":").append(status);
        json.append(",\"durationMs\":").append(Math.round(nanos / 10_000.0) / 100.0);
        json.append(",\"bytes\":").append(rc.response().bytesWritten());
        // The connection's address, which Vert.x keeps as text: the request's own is worked out
        // again (and formatted again) for every request. They are the same peer: Plugboard never
        // lets Vert.x Web read forwarding headers.
        SocketAddress client = rc.request().connection().remoteAddress();
        json.append(",\"client\":");
        plain(json, client == null ? null : client.hostAddress());
        Caller caller = ApiKeyGuard.caller(rc);
        json.append(",\"clientId\":");
        plain(json, caller == null ? null : caller.clientId().toString());
        return json.append('}');
    }

    /** The text of the second last written, shared by every line logged within that second. */
    private record Second(long epochSecond, String text) {}

    private static final DateTimeFormatter TO_THE_SECOND =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static volatile Second lastSecond = new Second(Long.MIN_VALUE, "");

    /**
     * An instant in UTC to the millisecond, always with three digits of milliseconds ({@code
     * 2026-12-04T10:15:30.000Z}, where {@link Instant#toString()} would leave them out); the date and
     * time are formatted once a second, not once a line.
     */
    static void time(StringBuilder json, long epochMillis) {
        long epochSecond = Math.floorDiv(epochMillis, 1000);
        int millis = (int) Math.floorMod(epochMillis, 1000);
        Second second = lastSecond;
        if (second.epochSecond() != epochSecond) {
            second = new Second(epochSecond, TO_THE_SECOND.format(Instant.ofEpochSecond(epochSecond)));
            lastSecond = second;
        }
        json.append(second.text()).append('.');
        if (millis < 100) {
            json.append('0');
        }
        if (millis < 10) {
            json.append('0');
        }
        json.append(millis).append('Z');
    }

    /** A JSON string of a text known to need no escape; null as null. */
    private static void plain(StringBuilder json, String text) {
        if (text == null) {
            json.append("null");
        } else {
            json.append('"').append(text).append('"');
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A JSON string (RFC 8259 §7): quote, backslash and control characters escaped; null as null. */
    static void string(StringBuilder json, String text) {
        if (text == null) {
            json.append("null");
            return;
        }
        json.append('"');
        int plain = 0;
        while (plain < text.length() && isPlain(text.charAt(plain))) {
            plain++;
        }
        // Most texts need no escape at all: they are copied whole.
        json.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean isPlain(char c) {
        return c >= 0x20 && c != '"' && c != '\\';
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}

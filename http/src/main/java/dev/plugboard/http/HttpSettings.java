package dev.plugboard.http;

import dev.plugboard.http.overload.LimitSettings;
import java.util.Objects;

/**
 * Where the server listens and what it accepts.
 *
 * @param port 0 picks a free port (tests)
 * @param maxBodyBytes the largest request body accepted; larger ones get a 413
 * @param eventLoops how many event-loop threads serve requests
 * @param limits rate limits and load shedding
 * @param timeouts how long a slow or silent connection is kept
 * @param serving TLS, CORS, the metrics listener and the shutdown grace
 */
public record HttpSettings(
        String host,
        int port,
        int maxBodyBytes,
        int eventLoops,
        LimitSettings limits,
        ConnectionTimeouts timeouts,
        ServingSettings serving) {
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** The longest request line (method, URL, version) accepted; a longer one gets a 414. */
    public static final int MAX_REQUEST_LINE_BYTES = 4096;
    /** The most header bytes a request may carry; more get a 431. */
    public static final int MAX_HEADER_BYTES = 8192;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (eventLoops < 1) {
            throw new IllegalArgumentException("eventLoops must be positive: " + eventLoops);
        }
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(serving, "serving");
    }

    /**
     * With the default limits for {@code eventLoops} cores, the default timeouts, plain HTTP, no
     * CORS, no metrics listener and the default shutdown grace.
     */
    public HttpSettings(String host, int port, int maxBodyBytes, int eventLoops) {
        this(
                host,
                port,
                maxBodyBytes,
                eventLoops,
                LimitSettings.defaults(eventLoops),
                ConnectionTimeouts.DEFAULT,
                ServingSettings.DEFAULT);
    }

    public HttpSettings withLimits(LimitSettings newLimits) {
        return new HttpSettings(host, port, maxBodyBytes, eventLoops, newLimits, timeouts, serving);
    }

    public HttpSettings withTimeouts(ConnectionTimeouts newTimeouts) {
        return new HttpSettings(host, port, maxBodyBytes, eventLoops, limits, newTimeouts, serving);
    }

    public HttpSettings withServing(ServingSettings newServing) {
        return new HttpSettings(host, port, maxBodyBytes, eventLoops, limits, timeouts, newServing);
    }

    public static HttpSettings of(String host, int port) {
        return new HttpSettings(
                host, port, DEFAULT_MAX_BODY_BYTES, Runtime.getRuntime().availableProcessors());
    }
}

package dev.plugboard.http;

import java.util.Objects;

/**
 * Where the server listens and what it accepts.
 *
 * @param port 0 picks a free port (tests)
 * @param maxBodyBytes the largest request body accepted; larger ones get a 413
 * @param eventLoops how many event-loop threads serve requests
 * @param serving TLS, CORS, the metrics listener and the shutdown grace
 */
public record HttpSettings(String host, int port, int maxBodyBytes, int eventLoops, ServingSettings serving) {
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

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
        Objects.requireNonNull(serving, "serving");
    }

    /** Plain HTTP, no CORS, no metrics listener, the default shutdown grace. */
    public HttpSettings(String host, int port, int maxBodyBytes, int eventLoops) {
        this(host, port, maxBodyBytes, eventLoops, ServingSettings.DEFAULT);
    }

    public HttpSettings withServing(ServingSettings newServing) {
        return new HttpSettings(host, port, maxBodyBytes, eventLoops, newServing);
    }

    public static HttpSettings of(String host, int port) {
        return new HttpSettings(
                host, port, DEFAULT_MAX_BODY_BYTES, Runtime.getRuntime().availableProcessors());
    }
}

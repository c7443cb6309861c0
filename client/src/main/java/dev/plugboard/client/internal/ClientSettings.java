package dev.plugboard.client.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a client was built with but the credentials, checked once by the builder.
 *
 * @param baseUri the API's root, without a trailing slash
 * @param timeouts connect and whole-exchange timeouts
 * @param retries how often and how long to retry
 * @param clock the time used for key expiry and {@code Retry-After} dates
 */
public record ClientSettings(URI baseUri, Timeouts timeouts, Retries retries, Clock clock) {
    public ClientSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(clock, "clock");
    }

    /** How long to wait to connect, and for a whole exchange (request, headers and body). */
    public record Timeouts(Duration connect, Duration request) {
        public Timeouts {
            Objects.requireNonNull(connect, "connect");
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * How many retries an idempotent call gets, the first and the largest backoff, and the longest
     * {@code Retry-After} the client will wait before giving up with the answer it got.
     */
    public record Retries(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
        public Retries {
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        }
    }
}

package dev.plugboard.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A 429 that was still there after the retries the client makes for idempotent calls, or whose
 * {@code Retry-After} was longer than the client is configured to wait.
 */
public class RateLimitedException extends PlugboardClientException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    public RateLimitedException(String message, ErrorDetails details, Optional<Duration> retryAfter) {
        super(message, details, null);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the server asked to wait ({@code Retry-After}), when it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}

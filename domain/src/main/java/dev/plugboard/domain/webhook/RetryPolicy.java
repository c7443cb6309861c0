package dev.plugboard.domain.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed delivery is tried again: after {@code firstDelay}, doubling with every attempt up to
 * {@code maxDelay}, until {@code maxAttempts} attempts were made; then it is given up.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
    /** 10 s, 20 s, 40 s … capped at 1 h, 12 attempts: the last 3 h 25 min after the first. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), 12);

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive: " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay: " + maxDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more: " + maxAttempts);
        }
    }

    /** Whether a delivery that failed its {@code attempts}-th attempt gets another. */
    public boolean retries(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after the {@code attempts}-th failed attempt (1 → firstDelay). */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be 1 or more: " + attempts);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}

package dev.plugboard.client.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential backoff with jitter: before retry {@code n} (from 0) the ceiling is
 * {@code initial × 2ⁿ}, capped at {@code max}, and the wait is drawn between half the ceiling and
 * the ceiling, so that clients failing together do not come back together.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The ceiling before retry {@code retry}, without jitter. */
    public Duration ceiling(int retry) {
        long initialNanos = initial.toNanos();
        long maxNanos = max.toNanos();
        int shift = Math.min(retry, 62);
        long ceiling = initialNanos > (maxNanos >> shift) ? maxNanos : initialNanos << shift;
        return Duration.ofNanos(Math.min(ceiling, maxNanos));
    }

    /** The wait before retry {@code retry}: between half the ceiling and the ceiling. */
    public Duration delay(int retry) {
        long ceiling = ceiling(retry).toNanos();
        long half = ceiling / 2;
        return Duration.ofNanos(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}

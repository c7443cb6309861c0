package dev.plugboard.http.overload;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * So many requests per minute per key (a client address or a client id), as a token bucket
 * holding a minute's worth that refills evenly: a client may spend its whole minute at once, then
 * gets one request every {@code 60 s / limit}. Implemented as GCRA, so a key costs one {@code long}
 * (its "theoretical arrival time") and a decision is a few arithmetic operations. Refused requests
 * cost nothing, so a client that waits as told always gets through.
 *
 * <p>Memory is bounded: at most {@code maxKeys} keys are tracked, in segments that each forget
 * their least recently used key when full. A forgotten key starts again with a full bucket, which
 * only matters when more than {@code maxKeys} keys are busy at once; then an attacker who owns
 * that many addresses is not slowed by per-address limits anyway. Each segment has its own lock,
 * held for a map lookup, so event loops hardly ever wait for one another.
 */
public final class RateLimiter {
    /** How many keys each limiter tracks at most (about 150 bytes each). */
    public static final int DEFAULT_MAX_KEYS = 50_000;

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final int SEGMENTS = 16;

    /**
     * What the limiter decided about one request.
     *
     * @param remaining how many more requests would be admitted right now
     * @param resetSeconds seconds until the whole limit is available again (rounded up)
     * @param retryAfterSeconds when refused, seconds until a request will be admitted (at least 1);
     *     0 when admitted
     */
    public record Decision(boolean admitted, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {}

    private final int limit;
    private final long interval;
    private final long tolerance;
    private final Clock clock;
    private final Segment[] segments = new Segment[SEGMENTS];

    /**
     * @param perMinute requests admitted per minute per key, at least 1
     * @param maxKeys the most keys tracked at once, at least {@value #SEGMENTS}
     */
    public RateLimiter(int perMinute, int maxKeys, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be 1 or more: " + perMinute);
        }
        if (maxKeys < SEGMENTS) {
            throw new IllegalArgumentException("maxKeys must be " + SEGMENTS + " or more: " + maxKeys);
        }
        this.limit = perMinute;
        this.interval = MINUTE_NANOS / perMinute;
        this.tolerance = interval * (perMinute - 1);
        this.clock = Objects.requireNonNull(clock, "clock");
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment(maxKeys / SEGMENTS);
        }
    }

    public int limit() {
        return limit;
    }

    /** Counts one request of {@code key} (any value with equals and hashCode) if the limit admits it. */
    public Decision acquire(Object key) {
        long now = clock.millis() * 1_000_000L;
        Segment segment = segments[Math.floorMod(spread(key.hashCode()), SEGMENTS)];
        long arrival;
        synchronized (segment) {
            Arrival stored = segment.get(key);
            if (stored == null) {
                stored = new Arrival();
                segment.put(key, stored);
            }
            arrival = Math.max(stored.time, now);
            if (arrival - now > tolerance) {
                long wait = arrival - now - tolerance;
                return new Decision(false, limit, 0, seconds(arrival - now), Math.max(1, seconds(wait)));
            }
            stored.time = arrival + interval;
        }
        long ahead = arrival + interval - now;
        int remaining = (int) Math.floorDiv(tolerance - ahead, interval) + 1;
        return new Decision(true, limit, remaining, seconds(ahead), 0);
    }

    /** How many keys are tracked now. */
    public int trackedKeys() {
        int total = 0;
        for (Segment segment : segments) {
            synchronized (segment) {
                total += segment.size();
            }
        }
        return total;
    }

    private static long seconds(long nanos) {
        return Math.ceilDiv(nanos, SECOND_NANOS);
    }

    /** Mixes the high bits in, so keys that differ only there still spread over the segments. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** A key's theoretical arrival time, in clock nanoseconds; 0 is "long ago". */
    private static final class Arrival {
        long time;
    }

    /** An access-ordered map that forgets its least recently used key when it is full. */
    private static final class Segment extends LinkedHashMap<Object, Arrival> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        Segment(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Arrival> eldest) {
            return size() > capacity;
        }
    }
}

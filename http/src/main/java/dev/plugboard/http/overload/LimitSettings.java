package dev.plugboard.http.overload;

import java.util.Objects;

/**
 * Rate limits and load shedding, per replica. Every number may be 0, which turns that limit off.
 *
 * @param authPerMinute {@code POST /auth} requests per minute per client address (Pluggy's 360)
 * @param addressPerMinute requests per minute per client address, on every route, counted before
 *     the key is checked, so a flood of invalid or forged keys is slowed too
 * @param credentialPerMinute requests per minute per verified client id (an application, whose
 *     connect tokens count with its API keys, or an operator)
 * @param maxInFlight requests being answered at once (counted from when their body has arrived)
 *     before more are refused with a 503
 * @param maxQueuedWork database tasks queued or running at once before more are refused with a 503
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} is believed
 */
public record LimitSettings(
        int authPerMinute,
        int addressPerMinute,
        int credentialPerMinute,
        int maxInFlight,
        int maxQueuedWork,
        TrustedProxies trustedProxies) {
    public static final int DEFAULT_AUTH_PER_MINUTE = 360;
    public static final int DEFAULT_ADDRESS_PER_MINUTE = 12_000;
    public static final int DEFAULT_CREDENTIAL_PER_MINUTE = 6_000;

    /** No limit at all. */
    public static final LimitSettings NONE = new LimitSettings(0, 0, 0, 0, 0, TrustedProxies.NONE);

    public LimitSettings {
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        check("authPerMinute", authPerMinute);
        check("addressPerMinute", addressPerMinute);
        check("credentialPerMinute", credentialPerMinute);
        check("maxInFlight", maxInFlight);
        check("maxQueuedWork", maxQueuedWork);
    }

    /** The defaults on a machine with {@code cores} processors. */
    public static LimitSettings defaults(int cores) {
        return new LimitSettings(
                DEFAULT_AUTH_PER_MINUTE,
                DEFAULT_ADDRESS_PER_MINUTE,
                DEFAULT_CREDENTIAL_PER_MINUTE,
                defaultMaxInFlight(cores),
                defaultMaxQueuedWork(cores),
                TrustedProxies.NONE);
    }

    /** 128 per core: enough for requests waiting on the database or on slow uploads. */
    public static int defaultMaxInFlight(int cores) {
        return 128 * cores;
    }

    /** 32 per core (one event loop runs on each core and queues its own database work). */
    public static int defaultMaxQueuedWork(int cores) {
        return 32 * cores;
    }

    private static void check(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be 0 (off) or more: " + value);
        }
    }
}

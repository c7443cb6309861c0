package dev.plugboard.http.overload;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the limits and the load shedding did, counted since the server started, for metrics to
 * read (every method is cheap and thread-safe; nothing here is reset).
 */
public final class OverloadStats {
    /** The limit that refused a request with a 429. */
    public enum Limit {
        /** {@code POST /auth} per client address. */
        AUTH,
        /** Every route per client address. */
        ADDRESS,
        /** Every authenticated route per client id (application or operator). */
        CREDENTIAL
    }

    /** Why a request was refused with a 503. */
    public enum Shed {
        /** {@code max-in-flight} requests were already being answered. */
        IN_FLIGHT,
        /** {@code max-queued-work} database tasks were already queued or running. */
        QUEUED_WORK
    }

    private final Map<Limit, LongAdder> limited = new EnumMap<>(Limit.class);
    private final Map<Shed, LongAdder> shed = new EnumMap<>(Shed.class);
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger queuedWork = new AtomicInteger();

    OverloadStats() {
        for (Limit limit : Limit.values()) {
            limited.put(limit, new LongAdder());
        }
        for (Shed reason : Shed.values()) {
            shed.put(reason, new LongAdder());
        }
    }

    /** Requests refused with a 429 by {@code limit}. */
    public long rateLimited(Limit limit) {
        return limited.get(limit).sum();
    }

    /** Requests refused with a 503 for {@code reason}. */
    public long shed(Shed reason) {
        return shed.get(reason).sum();
    }

    /**
     * Requests being answered now, from when their body arrived (counted while {@code max-in-flight}
     * is on; the operational endpoints are not counted).
     */
    public int inFlight() {
        return inFlight.get();
    }

    /** Database tasks of requests queued or running now. */
    public int queuedWork() {
        return queuedWork.get();
    }

    void countLimited(Limit limit) {
        limited.get(limit).increment();
    }

    void countShed(Shed reason) {
        shed.get(reason).increment();
    }
}

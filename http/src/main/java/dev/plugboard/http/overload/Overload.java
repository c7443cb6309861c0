package dev.plugboard.http.overload;

import dev.plugboard.http.overload.OverloadStats.Limit;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The handlers that protect the server: {@link #admit} first on every request (the per-address
 * limit), {@link #enter} once its body has arrived (load shedding), {@link #authLimit} on
 * {@code POST /auth}, and {@link #credential} right after a key is verified. A refusal is Pluggy's 429 with {@code Retry-After}, or a 503 when the
 * server is too busy; every answer to a limited request carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} of the limit closest to refusing it.
 */
public final class Overload {
    /** The operational endpoints: an orchestrator must see the state of a busy server too. */
    static final Set<String> EXEMPT = Set.of("/health/live", "/health/ready", "/metrics");

    static final long SHED_RETRY_AFTER_SECONDS = 1;
    static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");
    private static final String ADDRESS_KEY = "plugboard.clientAddress";
    private static final String REPORTED_KEY = "plugboard.rateLimitReported";

    private final Optional<RateLimiter> auth;
    private final Optional<RateLimiter> address;
    private final Optional<RateLimiter> credential;
    private final int maxInFlight;
    private final TrustedProxies proxies;
    private final OverloadStats stats = new OverloadStats();
    private final BlockingWork work;

    public Overload(LimitSettings settings, Clock clock) {
        this.auth = limiter(settings.authPerMinute(), clock);
        this.address = limiter(settings.addressPerMinute(), clock);
        this.credential = limiter(settings.credentialPerMinute(), clock);
        this.maxInFlight = settings.maxInFlight();
        this.proxies = settings.trustedProxies();
        this.work = new BlockingWork(settings.maxQueuedWork(), stats);
    }

    private static Optional<RateLimiter> limiter(int perMinute, Clock clock) {
        return perMinute == 0
                ? Optional.empty()
                : Optional.of(new RateLimiter(perMinute, RateLimiter.DEFAULT_MAX_KEYS, clock));
    }

    public OverloadStats stats() {
        return stats;
    }

    /**
     * First on every request but the operational endpoints: the per-address limit, and the gate of
     * {@link BlockingWork} for the request's database work.
     */
    public void admit(RoutingContext rc) {
        if (EXEMPT.contains(rc.request().path())) {
            rc.next();
            return;
        }
        rc.put(BlockingWork.KEY, work);
        if (address.isEmpty() || check(rc, address.get().acquire(clientAddress(rc)), Limit.ADDRESS)) {
            rc.next();
        }
    }

    /**
     * Counts the request in flight until its answer ends or its connection closes, or refuses it
     * with a 503 when {@code max-in-flight} requests are in flight already. Routes run it once the
     * request's body, if any, has arrived.
     */
    public void enter(RoutingContext rc) {
        if (maxInFlight == 0 || EXEMPT.contains(rc.request().path())) {
            rc.next();
            return;
        }
        if (stats.inFlight.incrementAndGet() > maxInFlight) {
            stats.inFlight.decrementAndGet();
            stats.countShed(OverloadStats.Shed.IN_FLIGHT);
            retryAfter(rc, SHED_RETRY_AFTER_SECONDS);
            rc.fail(new ApiException(ApiError.OVERLOADED));
            return;
        }
        rc.addEndHandler(ended -> stats.inFlight.decrementAndGet());
        rc.next();
    }

    /** The per-address limit of {@code POST /auth}, which slows down the guessing of secrets. */
    public Handler<RoutingContext> authLimit() {
        return rc -> {
            if (auth.isEmpty() || check(rc, auth.get().acquire(clientAddress(rc)), Limit.AUTH)) {
                rc.next();
            }
        };
    }

    /** The per-client limit, once the key of {@code clientId} is verified. */
    public void credential(RoutingContext rc, UUID clientId) {
        if (credential.isEmpty() || check(rc, credential.get().acquire(clientId), Limit.CREDENTIAL)) {
            rc.next();
        }
    }

    /** Reports the decision in the headers; on a refusal fails the request with the 429. */
    private boolean check(RoutingContext rc, RateLimiter.Decision decision, Limit limit) {
        RateLimiter.Decision reported = rc.get(REPORTED_KEY);
        if (!decision.admitted() || reported == null || decision.remaining() < reported.remaining()) {
            rc.put(REPORTED_KEY, decision);
            rc.response()
                    .putHeader(LIMIT, Integer.toString(decision.limit()))
                    .putHeader(REMAINING, Integer.toString(decision.remaining()))
                    .putHeader(RESET, Long.toString(decision.resetSeconds()));
        }
        if (decision.admitted()) {
            return true;
        }
        stats.countLimited(limit);
        retryAfter(rc, decision.retryAfterSeconds());
        rc.fail(new ApiException(ApiError.TOO_MANY_REQUESTS));
        return false;
    }

    private String clientAddress(RoutingContext rc) {
        String key = rc.get(ADDRESS_KEY);
        if (key == null) {
            SocketAddress peer = rc.request().remoteAddress();
            List<String> forwardedFor =
                    proxies.none() ? List.of() : rc.request().headers().getAll(TrustedProxies.FORWARDED_FOR);
            key = proxies.clientKey(peer == null ? null : peer.hostAddress(), forwardedFor);
            rc.put(ADDRESS_KEY, key);
        }
        return key;
    }

    static void retryAfter(RoutingContext rc, long seconds) {
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
}

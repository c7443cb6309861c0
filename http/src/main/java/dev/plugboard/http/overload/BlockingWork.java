package dev.plugboard.http.overload;

import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.Callable;

/**
 * Runs a request's database work on a Vert.x worker thread, unless {@code max-queued-work} tasks
 * are already queued or running: then the request is refused at once with a 503 and a
 * {@code Retry-After}, instead of waiting behind the others without bound. Requests answered from
 * memory never come here, so they keep flowing while the database is the bottleneck.
 */
public final class BlockingWork {
    static final String KEY = "plugboard.blockingWork";

    private final int max;
    private final OverloadStats stats;

    BlockingWork(int max, OverloadStats stats) {
        this.max = max;
        this.stats = stats;
    }

    /**
     * {@code work} on a worker thread, unordered (Vert.x's default would run one task at a time per
     * event loop, so database requests would never overlap and one slow query would hold up the
     * rest); a failed future with a 503 {@link ApiError#OVERLOADED} when too much work is waiting.
     */
    public static <T> Future<T> submit(RoutingContext rc, Callable<T> work) {
        BlockingWork gate = rc.get(KEY);
        return gate == null ? rc.vertx().executeBlocking(work, false) : gate.run(rc, work);
    }

    private <T> Future<T> run(RoutingContext rc, Callable<T> work) {
        int queued = stats.queuedWork.incrementAndGet();
        if (max > 0 && queued > max) {
            stats.queuedWork.decrementAndGet();
            stats.countShed(OverloadStats.Shed.QUEUED_WORK);
            Overload.retryAfter(rc, Overload.SHED_RETRY_AFTER_SECONDS);
            return Future.failedFuture(new ApiException(ApiError.OVERLOADED));
        }
        return rc.vertx().executeBlocking(work, false).andThen(done -> stats.queuedWork.decrementAndGet());
    }
}

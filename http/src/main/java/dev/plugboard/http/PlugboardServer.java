package dev.plugboard.http;

import dev.plugboard.http.overload.Overload;
import dev.plugboard.http.overload.OverloadStats;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running HTTP server: one Vert.x instance with an HTTP server on each event loop, all on the
 * same port. {@link #start} returns once the port is bound; {@link #close} stops it.
 */
public final class PlugboardServer implements AutoCloseable {
    private final Vertx vertx;
    private final int port;
    private final OverloadStats overload;

    private PlugboardServer(Vertx vertx, int port, OverloadStats overload) {
        this.vertx = vertx;
        this.port = port;
        this.overload = overload;
    }

    /**
     * The event loops the server will run on, made ahead of time: creating them loads most of
     * Netty and Vert.x, which can happen on another core while the database opens.
     */
    public static final class Engine {
        private final Vertx vertx;
        private final int eventLoops;

        private Engine(int eventLoops) {
            this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
            this.eventLoops = eventLoops;
        }

        public void close() {
            await(vertx.close());
        }
    }

    public static Engine engine(int eventLoops) {
        return new Engine(eventLoops);
    }

    /**
     * Starts listening.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    public static PlugboardServer start(HttpSettings settings, HttpDependencies deps) {
        return start(engine(settings.eventLoops()), settings, deps);
    }

    /** Starts listening on an engine made earlier with {@link #engine}; closes it when this fails. */
    public static PlugboardServer start(Engine engine, HttpSettings settings, HttpDependencies deps) {
        Vertx vertx = engine.vertx;
        try {
            Overload overload = new Overload(settings.limits(), deps.clock());
            Routes routes = new Routes(deps, settings.maxBodyBytes(), overload);
            // Port 0 would give each instance its own port; a negative port is Vert.x's "one random
            // port shared by every server that asks for the same negative value".
            int port = settings.port() == 0 ? -1 : settings.port();
            AtomicInteger bound = new AtomicInteger();
            await(vertx.deployVerticle(
                    () -> new HttpVerticle(routes, settings, port, bound),
                    new DeploymentOptions().setInstances(engine.eventLoops)));
            return new PlugboardServer(vertx, bound.get(), overload.stats());
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** What the rate limits and the load shedding refused so far, for metrics. */
    public OverloadStats overload() {
        return overload;
    }

    @Override
    public void close() {
        await(vertx.close());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting or stopping the HTTP server", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the HTTP server could not start: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the HTTP server did not start or stop within 30 seconds", e);
        }
    }
}

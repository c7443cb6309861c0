package dev.plugboard.http;

import dev.plugboard.http.ops.PlugboardMetrics;
import dev.plugboard.http.overload.Overload;
import dev.plugboard.http.overload.OverloadStats;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running HTTP server: one Vert.x instance with an HTTP server on each event loop, all on the
 * same port, and, when configured, the metrics listener on a port of its own. {@link #start}
 * returns once the ports are bound; {@link #close} stops accepting at once, lets requests in flight
 * finish within the shutdown grace, and then stops.
 */
public final class PlugboardServer implements AutoCloseable {
    /** Beyond the grace, what closing may take: Vert.x's own stop. */
    private static final Duration CLOSE_MARGIN = Duration.ofSeconds(20);

    private final Vertx vertx;
    private final String deployment;
    private final int port;
    private final Optional<HttpServer> metricsServer;
    private final OverloadStats overload;
    private final Duration grace;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PlugboardServer(
            Vertx vertx,
            String deployment,
            int port,
            Optional<HttpServer> metricsServer,
            Duration grace,
            OverloadStats overload) {
        this.vertx = vertx;
        this.deployment = deployment;
        this.port = port;
        this.overload = overload;
        this.metricsServer = metricsServer;
        this.grace = grace;
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
            await(vertx.close(), CLOSE_MARGIN);
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
            deps.metrics().watchOverload(overload.stats());
            Routes routes = new Routes(deps, settings.maxBodyBytes(), overload);
            // Port 0 would give each instance its own port; a negative port is Vert.x's "one random
            // port shared by every server that asks for the same negative value".
            int port = settings.port() == 0 ? -1 : settings.port();
            AtomicInteger bound = new AtomicInteger();
            String deployment = await(
                    vertx.deployVerticle(
                            () -> new HttpVerticle(routes, settings, port, bound),
                            new DeploymentOptions().setInstances(engine.eventLoops)),
                    CLOSE_MARGIN);
            Optional<HttpServer> metrics = settings.serving()
                    .metrics()
                    .map(endpoint -> await(
                            vertx.createHttpServer(new HttpServerOptions()
                                            .setHost(endpoint.host())
                                            .setPort(endpoint.port()))
                                    .requestHandler(metricsRouter(vertx, deps.metrics()))
                                    .listen(),
                            CLOSE_MARGIN));
            return new PlugboardServer(
                    vertx, deployment, bound.get(), metrics, settings.serving().shutdownGrace(), overload.stats());
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    /** {@code GET /metrics} in Prometheus's text format; nothing else. */
    private static Router metricsRouter(Vertx vertx, PlugboardMetrics metrics) {
        Router router = Router.router(vertx);
        router.get("/metrics")
                .handler(rc -> rc.vertx()
                        .executeBlocking(metrics::scrape, false)
                        .onSuccess(text -> rc.response()
                                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                                .end(text))
                        .onFailure(rc::fail));
        return router;
    }

    public int port() {
        return port;
    }

    /** What the rate limits and the load shedding refused so far, for metrics. */
    public OverloadStats overload() {
        return overload;
    }

    /** The port of the metrics listener, when there is one. */
    public OptionalInt metricsPort() {
        return metricsServer.map(server -> OptionalInt.of(server.actualPort())).orElse(OptionalInt.empty());
    }

    /**
     * Stops accepting connections at once, waits up to the shutdown grace for requests in flight,
     * closes the connections left, and stops the event loops. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            await(vertx.undeploy(deployment), grace.plus(CLOSE_MARGIN));
            metricsServer.ifPresent(server -> await(server.close(), CLOSE_MARGIN));
        } finally {
            await(vertx.close(), CLOSE_MARGIN);
        }
    }

    private static <T> T await(Future<T> future, Duration timeout) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting or stopping the HTTP server", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the HTTP server could not start or stop: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "the HTTP server did not start or stop within " + timeout.toSeconds() + " seconds", e);
        }
    }
}

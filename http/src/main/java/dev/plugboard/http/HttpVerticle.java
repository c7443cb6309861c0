package dev.plugboard.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.atomic.AtomicInteger;

/** One event loop's HTTP server; Vert.x spreads connections over the instances on one port. */
final class HttpVerticle extends VerticleBase {
    private final Routes routes;
    private final String host;
    private final int port;
    private final AtomicInteger bound;

    HttpVerticle(Routes routes, String host, int port, AtomicInteger bound) {
        this.routes = routes;
        this.host = host;
        this.port = port;
        this.bound = bound;
    }

    @Override
    public Future<HttpServer> start() {
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(port);
        return vertx.createHttpServer(options)
                .requestHandler(routes.router(vertx))
                .listen()
                .onSuccess(server -> bound.set(server.actualPort()));
    }
}

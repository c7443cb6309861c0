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
        // No HTTP/2 upgrade over clear text: the JDK's HttpClient (inside generated Java clients)
        // asks for one on every request, and the upgrade mid-connection made it misread HTTP/1.1
        // bytes as HTTP/2 frames now and then. HTTP/1.1 is what Pluggy's clients expect here.
        HttpServerOptions options =
                new HttpServerOptions().setHost(host).setPort(port).setHttp2ClearTextEnabled(false);
        return vertx.createHttpServer(options)
                .requestHandler(routes.router(vertx))
                .listen()
                .onSuccess(server -> bound.set(server.actualPort()));
    }
}

package dev.plugboard.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One event loop's HTTP server; Vert.x spreads connections over the instances on one port. Stopping
 * it is graceful: it stops accepting at once, lets requests in flight finish within the grace, then
 * closes what is left.
 */
final class HttpVerticle extends VerticleBase {
    private final Routes routes;
    private final HttpSettings settings;
    private final int port;
    private final AtomicInteger bound;
    private HttpServer server;

    HttpVerticle(Routes routes, HttpSettings settings, int port, AtomicInteger bound) {
        this.routes = routes;
        this.settings = settings;
        this.port = port;
        this.bound = bound;
    }

    @Override
    public Future<HttpServer> start() {
        // No HTTP/2 upgrade over clear text: the JDK's HttpClient (inside generated Java clients)
        // asks for one on every request, and the upgrade mid-connection made it misread HTTP/1.1
        // bytes as HTTP/2 frames now and then. HTTP/1.1 is what Pluggy's clients expect here.
        HttpServerOptions options = new HttpServerOptions()
                .setHost(settings.host())
                .setPort(port)
                .setHttp2ClearTextEnabled(false)
                // No WebSocket route: without these, Vert.x puts a WebSocket extension handler in
                // every connection's pipeline, which every request and response passes through.
                .setPerFrameWebSocketCompressionSupported(false)
                .setPerMessageWebSocketCompressionSupported(false)
                // Catalog reads carry their own precompressed gzip form; nothing else is compressed.
                .setCompressionSupported(false)
                .setMaxInitialLineLength(HttpSettings.MAX_REQUEST_LINE_BYTES)
                .setMaxHeaderSize(HttpSettings.MAX_HEADER_BYTES)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setIdleTimeout(Math.toIntExact(settings.timeouts().idle().toMillis()));
        settings.serving()
                .tls()
                .ifPresent(tls -> options.setSsl(true)
                        .setKeyCertOptions(new PemKeyCertOptions()
                                .setCertPath(tls.certificate().toString())
                                .setKeyPath(tls.key().toString())));
        Router router = routes.router(vertx, settings.serving());
        HeaderDeadline deadline = new HeaderDeadline(vertx, settings.timeouts().header());
        return vertx.createHttpServer(options)
                .connectionHandler(deadline::opened)
                .invalidRequestHandler(ErrorMapper::invalidRequest)
                .requestHandler(request -> {
                    deadline.headersArrived(request);
                    FrontDoor.refusal(request)
                            .ifPresentOrElse(error -> ErrorMapper.refuse(request, error), () -> router.handle(request));
                })
                .listen()
                .onSuccess(listening -> {
                    server = listening;
                    bound.set(listening.actualPort());
                });
    }

    @Override
    public Future<?> stop() {
        if (server == null) {
            return Future.succeededFuture();
        }
        return server.shutdown(settings.serving().shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
    }
}

package dev.plugboard.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The whole URL space of Plugboard, in one table: method, path, and the handlers a request passes
 * through in order. Nothing else registers a route. (Vert.x Web runs a body handler before any
 * other, so bodies are read, up to the size limit, before the key is checked.)
 */
final class Routes {
    /** One row of the table. */
    record Endpoint(HttpMethod method, String path, List<Handler<RoutingContext>> handlers) {
        Endpoint {
            handlers = List.copyOf(handlers);
        }

        boolean matchesPath(String requestPath) {
            String regex =
                    Pattern.compile(":[A-Za-z]+").matcher(Pattern.quote(path)).replaceAll("\\\\E[^/]+\\\\Q");
            return requestPath.matches(regex);
        }
    }

    private final List<Endpoint> table;
    private final int maxBodyBytes;

    Routes(HttpDependencies deps, int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        ApiKeyGuard guard = new ApiKeyGuard(deps.tokens());
        ConnectorHandlers connectors = new ConnectorHandlers(new CatalogView(deps.catalog()), deps.clock());
        AuthHandlers auth = new AuthHandlers(deps.applications(), deps.tokens());
        Handler<RoutingContext> body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        table = List.of(
                new Endpoint(HttpMethod.POST, "/auth", List.of(body, auth::createApiKey)),
                new Endpoint(
                        HttpMethod.POST, "/connect_token", List.of(body, guard::apiKeyOnly, auth::createConnectToken)),
                new Endpoint(HttpMethod.GET, "/connectors", List.of(guard::anyToken, connectors::list)),
                new Endpoint(HttpMethod.GET, "/connectors/:id", List.of(guard::anyToken, connectors::retrieve)),
                new Endpoint(
                        HttpMethod.POST,
                        "/connectors/:id/validate",
                        List.of(body, guard::anyToken, connectors::validate)));
    }

    List<Endpoint> table() {
        return table;
    }

    /** A router with every endpoint of the table, request ids first and the error mapper last. */
    Router router(Vertx vertx) {
        Router router = Router.router(vertx);
        ErrorMapper errors = new ErrorMapper(maxBodyBytes, this::allowedMethods);
        router.route().handler(RequestIds::assign);
        for (Endpoint endpoint : table) {
            var route = router.route(endpoint.method(), endpoint.path());
            endpoint.handlers().forEach(route::handler);
        }
        router.route().failureHandler(errors::handle);
        router.errorHandler(404, errors::handle);
        router.errorHandler(405, errors::handle);
        router.errorHandler(500, errors::handle);
        return router;
    }

    String allowedMethods(String path) {
        return table.stream()
                .filter(endpoint -> endpoint.matchesPath(path))
                .map(endpoint -> endpoint.method().name())
                .distinct()
                .collect(Collectors.joining(", "));
    }
}

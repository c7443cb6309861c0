package dev.plugboard.http;

import dev.plugboard.http.admin.AdminHandlers;
import dev.plugboard.http.console.ConsoleAssets;
import dev.plugboard.http.description.ApiDescription;
import dev.plugboard.http.description.ApiDescriptionHandlers;
import dev.plugboard.http.health.HealthHandlers;
import dev.plugboard.http.ops.ProbeHandlers;
import dev.plugboard.http.overload.LimitSettings;
import dev.plugboard.http.overload.Overload;
import dev.plugboard.http.webhook.WebhookHandlers;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Set;
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
            // A trailing /* matches the path itself and everything under it, as in Vert.x.
            return requestPath.matches(regex.replace("/*\\E", "\\E(?:/.*)?"));
        }
    }

    /** The largest catalog {@code POST /admin/catalog/import} takes: about 10,000 connectors. */
    static final int MAX_CATALOG_BYTES = 16 * 1024 * 1024;

    private final List<Endpoint> table;
    private final int maxBodyBytes;
    private final Overload overload;
    private final Set<Handler<RoutingContext>> bodyReaders;
    private final AccessLog accessLog;

    Routes(HttpDependencies deps, int maxBodyBytes) {
        this(deps, maxBodyBytes, new Overload(LimitSettings.NONE, deps.clock()));
    }

    Routes(HttpDependencies deps, int maxBodyBytes, Overload overload) {
        this.maxBodyBytes = maxBodyBytes;
        this.overload = overload;
        ApiKeyGuard guard = new ApiKeyGuard(deps.tokens(), overload::credential);
        this.accessLog = new AccessLog(deps.metrics(), deps.clock(), deps.accessLog());
        ConnectorHandlers connectors = new ConnectorHandlers(
                new CatalogView(deps.catalog(), deps.health().board()), deps.clock());
        HealthHandlers health = new HealthHandlers(deps.catalog(), deps.health(), deps.clock(), deps.metrics());
        ProbeHandlers probes = new ProbeHandlers(deps.catalog(), deps.database());
        AuthHandlers auth = new AuthHandlers(deps.applications(), deps.tokens());
        AdminHandlers admin = new AdminHandlers(deps.editor(), deps.applications());
        WebhookHandlers webhooks = new WebhookHandlers(deps.webhooks());
        ConsoleAssets console = new ConsoleAssets();
        ApiDescriptionHandlers description = new ApiDescriptionHandlers(ApiDescription.bundled());
        Handler<RoutingContext> body = bodyOf(maxBodyBytes);
        Handler<RoutingContext> catalogBody = bodyOf(MAX_CATALOG_BYTES);
        bodyReaders = Set.of(body, catalogBody);
        table = List.of(
                new Endpoint(HttpMethod.POST, "/auth", List.of(overload.authLimit(), body, auth::createApiKey)),
                new Endpoint(
                        HttpMethod.POST,
                        "/connect_token",
                        List.of(body, guard::applicationKey, auth::createConnectToken)),
                new Endpoint(HttpMethod.GET, "/connectors", List.of(guard::anyToken, connectors::list)),
                new Endpoint(HttpMethod.GET, "/connectors/:id", List.of(guard::anyToken, connectors::retrieve)),
                new Endpoint(
                        HttpMethod.POST,
                        "/connectors/:id/validate",
                        List.of(body, guard::anyToken, connectors::validate)),
                new Endpoint(
                        HttpMethod.GET, "/connectors/:id/health/history", List.of(guard::anyToken, health::history)),
                new Endpoint(HttpMethod.POST, "/executions", List.of(catalogBody, guard::ingest, health::ingest)),
                new Endpoint(HttpMethod.POST, "/webhooks", List.of(body, guard::applicationKey, webhooks::create)),
                new Endpoint(HttpMethod.GET, "/webhooks", List.of(guard::applicationKey, webhooks::list)),
                new Endpoint(HttpMethod.GET, "/webhooks/:id", List.of(guard::applicationKey, webhooks::get)),
                new Endpoint(HttpMethod.PATCH, "/webhooks/:id", List.of(body, guard::applicationKey, webhooks::update)),
                new Endpoint(HttpMethod.DELETE, "/webhooks/:id", List.of(guard::applicationKey, webhooks::delete)),
                new Endpoint(HttpMethod.GET, "/admin/connectors", List.of(guard::admin, admin::list)),
                new Endpoint(HttpMethod.GET, "/admin/connectors/:id", List.of(guard::admin, admin::get)),
                new Endpoint(HttpMethod.PUT, "/admin/connectors/:id", List.of(body, guard::admin, admin::put)),
                new Endpoint(HttpMethod.PATCH, "/admin/connectors/:id", List.of(body, guard::admin, admin::patch)),
                new Endpoint(HttpMethod.DELETE, "/admin/connectors/:id", List.of(guard::admin, admin::delete)),
                new Endpoint(
                        HttpMethod.POST,
                        "/admin/catalog/import",
                        List.of(catalogBody, guard::admin, admin::importCatalog)),
                new Endpoint(HttpMethod.GET, "/admin/catalog/export", List.of(guard::admin, admin::export)),
                new Endpoint(HttpMethod.GET, "/admin/audit", List.of(guard::admin, admin::audit)),
                new Endpoint(
                        HttpMethod.PUT,
                        "/admin/connectors/:id/health/override",
                        List.of(body, guard::admin, health::setOverride)),
                new Endpoint(
                        HttpMethod.DELETE,
                        "/admin/connectors/:id/health/override",
                        List.of(guard::admin, health::clearOverride)),
                new Endpoint(HttpMethod.GET, "/health/live", List.of(probes::live)),
                new Endpoint(HttpMethod.GET, "/health/ready", List.of(probes::ready)),
                new Endpoint(HttpMethod.GET, "/console/*", List.of(console::serve)),
                // The API description and its reference page need no key.
                new Endpoint(HttpMethod.GET, "/openapi.json", List.of(description::json)),
                new Endpoint(HttpMethod.GET, "/openapi.yaml", List.of(description::yaml)),
                new Endpoint(HttpMethod.GET, "/docs", List.of(description::page)),
                new Endpoint(HttpMethod.GET, "/docs/:asset", List.of(description::asset)));
    }

    /** Reads a body of at most {@code limit} bytes; a 413 names the limit of its route. */
    private static Handler<RoutingContext> bodyOf(int limit) {
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit);
        return rc -> {
            rc.put(ErrorMapper.BODY_LIMIT, limit);
            reader.handle(rc);
        };
    }

    List<Endpoint> table() {
        return table;
    }

    /**
     * A router with every endpoint of the table: request ids, the access log, the security headers
     * and CORS (when origins are allowed) first, then the per-address limit, the in-flight cap of
     * load shedding once a request's body has arrived, and the error mapper last.
     */
    Router router(Vertx vertx, ServingSettings serving) {
        Router router = Router.router(vertx);
        ErrorMapper errors = new ErrorMapper(maxBodyBytes, this::allowedMethods);
        SecurityHeaders securityHeaders = new SecurityHeaders(serving.tls().isPresent());
        boolean cors = !serving.corsOrigins().isEmpty();
        // The steps every request takes first run as one handler: each handler of a route is one
        // more turn of the router's loop for every request.
        router.route().handler(rc -> {
            RequestIds.assign(rc);
            accessLog.observe(rc);
            securityHeaders.add(rc);
            if (cors) {
                rc.next();
            } else {
                overload.admit(rc);
            }
        });
        if (cors) {
            router.routeWithRegex("/connectors(/.*)?")
                    .handler(new Cors(serving.corsOrigins(), this::allowedMethods)::handle);
            router.route().handler(overload::admit);
        }
        for (Endpoint endpoint : table) {
            var route = router.route(endpoint.method(), endpoint.path());
            String template = template(endpoint.path());
            // A request is in flight from when its body has arrived: a client sending a body slowly
            // must not hold one of the max-in-flight places that requests being worked on need.
            boolean enterNow = endpoint.handlers().stream().noneMatch(bodyReaders::contains);
            route.handler(rc -> {
                rc.put(AccessLog.ROUTE, template);
                if (enterNow) {
                    overload.enter(rc);
                } else {
                    rc.next();
                }
            });
            for (Handler<RoutingContext> handler : endpoint.handlers()) {
                route.handler(handler);
                if (bodyReaders.contains(handler)) {
                    route.handler(overload::enter);
                }
            }
        }
        router.route().failureHandler(errors::handle);
        router.errorHandler(400, errors::handle);
        router.errorHandler(404, errors::handle);
        router.errorHandler(405, errors::handle);
        router.errorHandler(500, errors::handle);
        return router;
    }

    /** {@code /connectors/:id} as operators read it: {@code /connectors/{id}}. */
    static String template(String path) {
        return path.replaceAll(":([A-Za-z]+)", "{$1}");
    }

    String allowedMethods(String path) {
        return table.stream()
                .filter(endpoint -> endpoint.matchesPath(path))
                .map(endpoint -> endpoint.method().name())
                .distinct()
                .collect(Collectors.joining(", "));
    }
}

package dev.plugboard.http;

import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.webhook.Webhooks;
import dev.plugboard.http.admin.CatalogEditor;
import dev.plugboard.http.auth.TokenService;
import dev.plugboard.http.health.HealthServices;
import dev.plugboard.http.ops.DatabaseProbe;
import dev.plugboard.http.ops.PlugboardMetrics;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the HTTP layer needs from the rest of the application.
 *
 * @param metrics where requests, ingested executions and rate-limit rejections are counted
 * @param database the readiness probe's database check
 * @param accessLog takes each access-log line (without its line separator; the text is only valid
 *     during the call): {@link
 *     #THROUGH_LOGGER} by default; the server passes its stdout writer directly when its own logging
 *     set-up is in use, which saves building a logging event per request
 */
public record HttpDependencies(
        Catalog catalog,
        Applications applications,
        TokenService tokens,
        CatalogEditor editor,
        HealthServices health,
        Webhooks webhooks,
        Clock clock,
        PlugboardMetrics metrics,
        DatabaseProbe database,
        Consumer<CharSequence> accessLog) {
    /** Access-log lines through the {@code plugboard.access} logger, wherever logging sends them. */
    public static final Consumer<CharSequence> THROUGH_LOGGER = AccessLog.TO_LOGGER;

    public HttpDependencies(
            Catalog catalog,
            Applications applications,
            TokenService tokens,
            CatalogEditor editor,
            HealthServices health,
            Webhooks webhooks,
            Clock clock,
            PlugboardMetrics metrics,
            DatabaseProbe database) {
        this(catalog, applications, tokens, editor, health, webhooks, clock, metrics, database, THROUGH_LOGGER);
    }

    public HttpDependencies {
        Objects.requireNonNull(accessLog, "accessLog");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(clock, "clock");
    }
}

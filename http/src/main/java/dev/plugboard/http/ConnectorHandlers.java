package dev.plugboard.http;

import dev.plugboard.domain.credential.ValidationContext;
import dev.plugboard.domain.credential.ValidationReport;
import dev.plugboard.http.wire.AcceptLanguage;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import dev.plugboard.http.wire.ConnectorIds;
import dev.plugboard.http.wire.JsonBodies;
import dev.plugboard.http.wire.ListQueryParser;
import dev.plugboard.http.wire.ValidationReportWriter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Map;

/**
 * The three Connector API operations, answered from the rendered catalog in memory; the two reads
 * with an {@code ETag}, {@code 304} on a matching {@code If-None-Match}, and gzip when asked.
 */
final class ConnectorHandlers {
    private final CatalogView view;
    private final Clock clock;

    ConnectorHandlers(CatalogView view, Clock clock) {
        this.view = view;
        this.clock = clock;
    }

    /** {@code GET /connectors} ({@code connectors-list}). */
    void list(RoutingContext rc) {
        ListQueryParser.ListRequest request = ListQueryParser.parse(rc.request().query());
        RenderedBody body = view.current()
                .page(
                        request.query(),
                        request.healthDetails(),
                        ApiKeyGuard.caller(rc).clientId());
        Responses.representation(rc, body, !request.healthDetails());
    }

    /** {@code GET /connectors/{id}} ({@code connector-retrieve}). */
    void retrieve(RoutingContext rc) {
        int id = ConnectorIds.parse(rc.pathParam("id"));
        boolean healthDetails = ListQueryParser.healthDetails(rc.request().query());
        RenderedBody body = view.current()
                .connector(id, healthDetails, ApiKeyGuard.caller(rc).clientId());
        Responses.representation(rc, body, !healthDetails);
    }

    /**
     * {@code POST /connectors/{id}/validate} ({@code connectors-validate}): always 200 when well
     * formed; messages Plugboard writes itself follow {@code Accept-Language} (pt-BR or en).
     */
    void validate(RoutingContext rc) {
        int id = ConnectorIds.parse(rc.pathParam("id"));
        RenderedCatalog catalog = view.current();
        catalog.snapshot().get(id);
        if (!JsonBodies.isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            throw new ApiException(ApiError.INVALID_CONTENT_TYPE);
        }
        // An empty body has no buffer at all: it is refused as empty JSON, not as a null pointer.
        Map<String, String> parameters = JsonBodies.readParameters(
                rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes());
        ValidationContext context = ValidationContext.of(
                AcceptLanguage.choose(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)), clock.instant());
        ValidationReport report = catalog.snapshot().validate(id, parameters, context);
        Responses.json(rc, 200, ValidationReportWriter.toBytes(report));
    }
}

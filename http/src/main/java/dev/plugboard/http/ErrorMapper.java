package dev.plugboard.http;

import dev.plugboard.domain.catalog.ConnectorIdRetiredException;
import dev.plugboard.domain.catalog.NoSuchConnectorException;
import dev.plugboard.domain.catalog.StaleRevisionException;
import dev.plugboard.domain.webhook.InvalidWebhookException;
import dev.plugboard.domain.webhook.NoSuchWebhookException;
import dev.plugboard.http.webhook.WebhookRefusals;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import dev.plugboard.http.wire.ErrorBody;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place that knows HTTP status codes for failures and writes the error envelope. A
 * refusal ({@link ApiException}, a domain "no such" exception, a router 404/405/413) becomes its
 * documented body; an unreachable database a 503 with {@code Retry-After}; anything else is a bug: it is logged once with the request id, and the client
 * gets Pluggy's generic 500 with that id as {@code errorId} and no internals.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    /** The body limit of the route a request took, put there by its body reader. */
    static final String BODY_LIMIT = "plugboard.bodyLimit";

    /** When a client should try again after a 503 for an unreachable database. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final int maxBodyBytes;
    private final Function<String, String> allowedMethods;

    /**
     * @param allowedMethods for a path, the methods its routes accept (for the 405 {@code Allow} header)
     */
    ErrorMapper(int maxBodyBytes, Function<String, String> allowedMethods) {
        this.maxBodyBytes = maxBodyBytes;
        this.allowedMethods = allowedMethods;
    }

    void handle(RoutingContext rc) {
        if (rc.response().headWritten()) {
            LOG.warn("request {} failed after its answer had started", RequestIds.of(rc), rc.failure());
            rc.response().reset();
            return;
        }
        Throwable failure = rc.failure();
        int status = failure instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
        ErrorBody body;
        if (failure instanceof ApiException e) {
            body = ErrorBody.of(e);
        } else if (failure instanceof StaleRevisionException e) {
            body = ErrorBody.of(ApiError.STALE_REVISION, ApiError.STALE_REVISION.message(e.connectorId()));
        } else if (failure instanceof ConnectorIdRetiredException e) {
            body = ErrorBody.of(ApiError.CONNECTOR_ID_RETIRED, ApiError.CONNECTOR_ID_RETIRED.message(e.connectorId()));
        } else if (failure instanceof InvalidWebhookException e) {
            body = WebhookRefusals.body(e);
        } else if (failure instanceof NoSuchWebhookException) {
            body = ErrorBody.of(ApiError.WEBHOOK_NOT_FOUND, ApiError.WEBHOOK_NOT_FOUND.message());
        } else if (failure instanceof NoSuchConnectorException) {
            body = ErrorBody.of(ApiError.CONNECTOR_NOT_FOUND, ApiError.CONNECTOR_NOT_FOUND.message());
        } else if (status == 404) {
            body = ErrorBody.of(ApiError.ROUTE_NOT_FOUND, ApiError.ROUTE_NOT_FOUND.message());
        } else if (status == 405) {
            rc.response()
                    .putHeader(
                            HttpHeaders.ALLOW, allowedMethods.apply(rc.request().path()));
            body = ErrorBody.of(
                    ApiError.METHOD_NOT_ALLOWED,
                    ApiError.METHOD_NOT_ALLOWED.message(rc.request().method().name()));
        } else if (status == 413) {
            Integer limit = rc.get(BODY_LIMIT);
            body = ErrorBody.of(
                    ApiError.PAYLOAD_TOO_LARGE,
                    ApiError.PAYLOAD_TOO_LARGE.message(limit == null ? maxBodyBytes : limit));
        } else if (DatabaseOutage.of(failure).isPresent()) {
            LOG.warn(
                    "request {} {} {} answered 503: the database cannot be reached ({})",
                    RequestIds.of(rc),
                    rc.request().method(),
                    rc.request().path(),
                    DatabaseOutage.of(failure).get());
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            body = ErrorBody.of(ApiError.DATABASE_UNAVAILABLE, ApiError.DATABASE_UNAVAILABLE.message());
        } else {
            String requestId = RequestIds.of(rc);
            LOG.error(
                    "request {} {} {} failed unexpectedly",
                    requestId,
                    rc.request().method(),
                    rc.request().path(),
                    failure);
            body = ErrorBody.of(ApiError.INTERNAL_SERVER_ERROR, ApiError.INTERNAL_SERVER_ERROR.message())
                    .withErrorId(requestId);
        }
        Responses.json(rc, body.code(), body.toBytes());
    }
}

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
import dev.plugboard.http.wire.JsonBodies;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place that knows HTTP status codes for failures and writes the error envelope. A
 * refusal ({@link ApiException}, a domain "no such" exception, a router 400/404/405/413/417, a
 * request Vert.x could not decode or the {@link FrontDoor} refused) becomes its documented body; an
 * unreachable database a 503 with {@code Retry-After}; anything else is a bug: it is logged once
 * with the request id, and the client gets Pluggy's generic 500 with that id as {@code errorId} and
 * no internals.
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
        if (rc.response().closed()) {
            // Not a bug to report: the client left, or sent a body Vert.x could not decode (a broken
            // chunk), which closes the connection before anything can be answered.
            LOG.info(
                    "request {} {} {} ended without an answer: the connection closed ({})",
                    RequestIds.of(rc),
                    rc.request().method(),
                    rc.request().path(),
                    String.valueOf(rc.failure()));
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
        } else if (status == 417) {
            body = ErrorBody.of(ApiError.EXPECTATION_FAILED, ApiError.EXPECTATION_FAILED.message());
        } else if (status == 400) {
            body = refusedByVertx(rc.request());
        } else if (rc.get(BODY_LIMIT) != null && !rc.request().isEnded()) {
            // The body reader failed while the body was arriving: Vert.x could not decode it (a
            // broken chunk). The client's doing, not a bug; Vert.x closes the connection after this.
            LOG.info("request {} had a body that could not be read: {}", RequestIds.of(rc), String.valueOf(failure));
            body = ErrorBody.of(ApiError.MALFORMED_REQUEST, ApiError.MALFORMED_REQUEST.message());
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

    /**
     * Vert.x itself refused the request: a form body it could not decode (every body here is JSON,
     * so the content type is what to fix), or a path it could not normalise.
     */
    private static ErrorBody refusedByVertx(HttpServerRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        ApiError error = contentType == null || JsonBodies.isJson(contentType)
                ? ApiError.MALFORMED_REQUEST
                : ApiError.INVALID_CONTENT_TYPE;
        return ErrorBody.of(error, error.message());
    }

    /**
     * Answers a request Vert.x could not decode (the server's invalid-request handler): a request
     * line over the limit is a 414, headers over it a 431, anything else a 400. The connection is
     * closed, since what follows on it cannot be trusted.
     */
    static void invalidRequest(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
            refuse(request, ApiError.URI_TOO_LONG, HttpSettings.MAX_REQUEST_LINE_BYTES);
        } else if (cause instanceof TooLongHttpHeaderException) {
            refuse(request, ApiError.HEADERS_TOO_LARGE, HttpSettings.MAX_HEADER_BYTES);
        } else {
            refuse(request, ApiError.MALFORMED_REQUEST);
        }
    }

    /** Answers a request refused before routing, and closes its connection. */
    static void refuse(HttpServerRequest request, ApiError error, Object... args) {
        ErrorBody body = ErrorBody.of(error, error.message(args));
        request.response()
                .setStatusCode(body.code())
                .putHeader(HttpHeaders.CONTENT_TYPE, Responses.JSON_UTF8)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(Buffer.buffer(body.toBytes()));
    }
}

package dev.plugboard.http.wire;

import java.util.Optional;

/**
 * Every error Plugboard answers with: HTTP status, Pluggy's {@code codeDescription} (absent where
 * Pluggy sends none) and the message, which says how to fix the request. The first entries are
 * Pluggy's exact bodies (contract §5 and §7.1); tests assert against these constants.
 */
public enum ApiError {
    NOT_AUTHENTICATED(403, null, "Missing or invalid authorization token"),
    CONNECTOR_NOT_FOUND(404, "CONNECTOR_NOT_FOUND", "connector not found"),
    ITEM_NOT_FOUND(404, "ITEM_NOT_FOUND", "item not found"),
    CLIENT_KEYS_UNAUTHORIZED(401, "CLIENT_KEYS_UNAUTHORIZED", "Client keys are invalid"),
    CLIENT_DISABLED(401, "CLIENT_DISABLED", "Client is disabled"),
    INTERNAL_SERVER_ERROR(500, "INTERNAL_SERVER_ERROR", "Internal Server Error"),
    /** Pluggy's documented 429, written message first as Pluggy writes it (see {@link ErrorBody}). */
    TOO_MANY_REQUESTS(429, null, "Too many requests. Please try again later (see Retry-After header in seconds)"),

    INVALID_CONNECTOR_ID(
            400,
            "INVALID_CONNECTOR_ID",
            "Connector id must be a whole number from 0 to 2147483647, such as 201 or 201.0; got '%s'."),
    INVALID_QUERY_PARAMETER(400, "INVALID_QUERY_PARAMETER", "Query parameter '%s' has an invalid value '%s': %s"),
    CONFLICTING_QUERY_PARAMETER(
            400,
            "INVALID_QUERY_PARAMETER",
            "Query parameter '%s' was sent more than once with different values; send it once."),
    INVALID_CONTENT_TYPE(
            400,
            "INVALID_REQUEST_BODY",
            "The request body must be JSON: send the header Content-Type: application/json."),
    MALFORMED_JSON(400, "INVALID_REQUEST_BODY", "The request body is not valid JSON: %s"),
    BODY_NOT_AN_OBJECT(
            400, "INVALID_REQUEST_BODY", "The request body must be a JSON object, such as {\"user\": \"user-ok\"}."),
    PARAMETER_NOT_A_STRING(
            400,
            "INVALID_REQUEST_BODY",
            "Parameter '%s' must be a string (numbers and booleans are also accepted), not an object or array."),
    DUPLICATE_FIELD(400, "INVALID_REQUEST_BODY", "Field '%s' appears more than once in the body; send it once."),
    INVALID_FIELD(400, "INVALID_REQUEST_BODY", "Field '%s' %s."),
    PAYLOAD_TOO_LARGE(413, "PAYLOAD_TOO_LARGE", "The request body is larger than %d bytes; send less."),
    URI_TOO_LONG(
            414,
            "URI_TOO_LONG",
            "The request line is longer than %d bytes: send a shorter URL (a name filter is at most 200 characters)."),
    HEADERS_TOO_LARGE(
            431,
            "REQUEST_HEADER_FIELDS_TOO_LARGE",
            "The request headers are larger than %d bytes in all: send fewer or shorter headers."),
    MALFORMED_REQUEST(
            400,
            "MALFORMED_REQUEST",
            "The request is not valid HTTP/1.1: check the request line, that header names are tokens and values"
                    + " hold no control characters, and the body's framing (Content-Length or chunked)."),
    INVALID_HOST(
            400,
            "MALFORMED_REQUEST",
            "Send exactly one Host header naming the server, such as Host: 127.0.0.1:8080, as HTTP/1.1 requires."),
    INVALID_URL(
            400,
            "MALFORMED_REQUEST",
            "The URL must be ASCII: percent-encode spaces, control and non-ASCII characters as UTF-8 (ú is %C3%BA),"
                    + " and follow every % with two hexadecimal digits."),
    EXPECTATION_FAILED(
            417,
            "EXPECTATION_FAILED",
            "Plugboard understands only Expect: 100-continue; send the request without this Expect header."),
    FORBIDDEN_ROLE(403, "FORBIDDEN", "This key does not reach this route: it needs an API key with the %s role."),
    INVALID_CONNECTOR(
            400, "INVALID_CONNECTOR", "The connector has %d problem(s); data.problems lists each, naming its field."),
    INVALID_CATALOG(
            400, "INVALID_CATALOG", "The catalog has %d problem(s); data.problems lists each, naming its field."),
    INVALID_EXECUTIONS(
            400,
            "INVALID_EXECUTIONS",
            "The batch has %d problem(s); data.problems lists each by index. Nothing was stored."),
    PRECONDITION_REQUIRED(
            428,
            "PRECONDITION_REQUIRED",
            "Send If-Match with the ETag of connector %s (from GET /admin/connectors/%s): a change to an existing"
                    + " connector must say which revision it is based on."),
    STALE_REVISION(
            412,
            "PRECONDITION_FAILED",
            "Connector %s changed since the revision you sent (someone else saved first, or it exists already)."
                    + " Read it again, redo your change and send its new ETag."),
    CONNECTOR_ID_RETIRED(
            409,
            "CONNECTOR_ID_RETIRED",
            "Connector id %s belonged to a disabled connector, and ids are never reused: choose another id."),
    WEBHOOK_NOT_FOUND(404, "WEBHOOK_NOT_FOUND", "webhook not found"),
    WEBHOOK_UNKNOWN_EVENT(
            400, null, "Invalid event type '%s' for webhook. Plugboard sends only connector/status_updated."),
    WEBHOOK_UNSUPPORTED_EVENT(
            400,
            null,
            "Event type '%s' is one of Pluggy's, but Plugboard sends only connector/status_updated:"
                    + " subscribe to that one."),
    WEBHOOK_INVALID_URL(
            400,
            null,
            "Webhook url must be valid URL address and not localhost: send an absolute https URL such as"
                    + " https://example.com/pluggy, without user info or fragment, of at most 2048 characters."),
    WEBHOOK_URL_NOT_HTTPS(
            400,
            null,
            "Webhook url must be a https secured url (plain http is accepted only to 127.0.0.1, ::1 or localhost,"
                    + " on a server started with --webhooks-allow-http-loopback)."),
    WEBHOOK_TOO_MANY_HEADERS(400, null, "Send at most 10 webhook headers; got %s."),
    WEBHOOK_RESERVED_HEADER(
            400,
            null,
            "Header '%s' is set on every delivery by Plugboard or the HTTP client and cannot be configured:"
                    + " choose another name (Content-Type, Content-Length, Host, Connection, Expect, Upgrade,"
                    + " Transfer-Encoding and X-Plugboard-* are reserved)."),
    WEBHOOK_INVALID_HEADER(
            400,
            null,
            "Header '%s' is not a valid HTTP header: send a name of letters, digits and !#$%%&'*+-.^_`|~, once in"
                    + " any case, with a value of at most 1024 printable ASCII characters."),
    WEBHOOK_ALREADY_EXISTS(400, null, "A webhook for event '%s' and url '%s' already exists."),
    WEBHOOK_LIMIT_REACHED(400, null, "You have reached the maximum of 5 webhooks for event '%s'."),
    OVERLOADED(
            503,
            "SERVICE_UNAVAILABLE",
            "The server is too busy to start this request now; nothing was done. Retry after the number of"
                    + " seconds in the Retry-After header."),
    DATABASE_UNAVAILABLE(
            503,
            "DATABASE_UNAVAILABLE",
            "The database cannot be reached right now, so this request could not be completed; retry in a few"
                    + " seconds. Connectors can still be listed, retrieved and validated meanwhile."),
    ROUTE_NOT_FOUND(
            404,
            "NOT_FOUND",
            "No route matches this path. The Connector API serves /auth, /connect_token, /connectors,"
                    + " /connectors/{id} and /connectors/{id}/validate; operators also have /admin/…"
                    + " Every route is described at /openapi.json and /docs."),
    METHOD_NOT_ALLOWED(
            405,
            "METHOD_NOT_ALLOWED",
            "This path does not accept the method %s; the Allow header lists those it does.");

    private final int status;
    private final String codeDescription;
    private final String template;

    ApiError(int status, String codeDescription, String template) {
        this.status = status;
        this.codeDescription = codeDescription;
        this.template = template;
    }

    public int status() {
        return status;
    }

    public Optional<String> codeDescription() {
        return Optional.ofNullable(codeDescription);
    }

    public String template() {
        return template;
    }

    /** The message with its placeholders filled; values are cut short so a body stays small. */
    public String message(Object... args) {
        Object[] shortened = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shortened[i] = args[i] instanceof String s && s.length() > 100 ? shorten(s) + "…" : args[i];
        }
        return args.length == 0 ? template : template.formatted(shortened);
    }

    /** The first 100 characters, one fewer when the cut would split a surrogate pair. */
    private static String shorten(String text) {
        int end = Character.isHighSurrogate(text.charAt(99)) ? 99 : 100;
        return text.substring(0, end);
    }
}

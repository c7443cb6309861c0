package dev.plugboard.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.client.AuthenticationException;
import dev.plugboard.client.ErrorDetails;
import dev.plugboard.client.InvalidRequestException;
import dev.plugboard.client.NotFoundException;
import dev.plugboard.client.PlugboardClientException;
import dev.plugboard.client.RateLimitedException;
import dev.plugboard.client.ServerErrorException;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one place that knows which status means which exception. Reads Pluggy's error envelope
 * ({@code {code, codeDescription, message}}) when the body is one, and the request id from the
 * {@code X-Request-Id} header (or, failing that, a 500's {@code errorId}).
 */
public final class ErrorAnswers {
    private ErrorAnswers() {}

    /** The exception for an answer that is not a 2xx. */
    public static PlugboardClientException exception(Call call, Response response, Clock clock) {
        ErrorDetails details = details(response);
        String message = describe(call, details);
        int status = response.status();
        if (status == 404) {
            return new NotFoundException(message, details, null);
        }
        if (status == 401 || status == 403) {
            return new AuthenticationException(message, details, null);
        }
        if (status == 429) {
            return new RateLimitedException(
                    message, details, RetryAfter.parse(response.header(RetryAfter.HEADER), clock));
        }
        if (status >= 400 && status < 500) {
            return new InvalidRequestException(message, details, null);
        }
        if (status >= 500 && status < 600) {
            return new ServerErrorException(message, details, null);
        }
        return new PlugboardClientException(message, details, null);
    }

    /** The exception for a 2xx whose body the operation cannot read. */
    public static PlugboardClientException unreadable(Call call, Response response, UnreadableAnswerException e) {
        ErrorDetails details = new ErrorDetails(
                response.status(),
                OptionalInt.empty(),
                Optional.empty(),
                Optional.empty(),
                response.header(Response.REQUEST_ID));
        return new PlugboardClientException(
                call.describe() + " answered " + response.status() + " with a body the client cannot read: "
                        + e.getMessage(),
                details,
                e);
    }

    static ErrorDetails details(Response response) {
        JsonNode body = envelope(response.body());
        OptionalInt code =
                body.path("code").canConvertToInt() && body.path("code").isIntegralNumber()
                        ? OptionalInt.of(body.path("code").intValue())
                        : OptionalInt.empty();
        Optional<String> requestId = response.header(Response.REQUEST_ID).or(() -> text(body, "errorId"));
        return new ErrorDetails(
                response.status(), code, text(body, "codeDescription"), text(body, "message"), requestId);
    }

    private static JsonNode envelope(String body) {
        try {
            JsonNode tree = Json.parse(body);
            return tree.isObject() ? tree : Json.object();
        } catch (UnreadableAnswerException e) {
            return Json.object();
        }
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String describe(Call call, ErrorDetails details) {
        StringBuilder message =
                new StringBuilder(call.describe()).append(" answered ").append(details.statusCode());
        details.codeDescription().ifPresent(description -> message.append(' ').append(description));
        details.serverMessage().ifPresent(text -> message.append(": ").append(text));
        details.requestId()
                .ifPresent(id -> message.append(" (request id ").append(id).append(')'));
        return message.toString();
    }
}

package dev.plugboard.http.webhook;

import dev.plugboard.domain.webhook.InvalidWebhookException;
import dev.plugboard.domain.webhook.WebhookProblem;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ErrorBody;
import java.util.stream.Collectors;

/**
 * The answer to a refused subscription: Pluggy's {@code WebhookCreationErrorResponse},
 * {@code {"code":400,"message":…}}. With one problem the message is exactly its
 * {@link ApiError} message (Pluggy's own where Pluggy has one); several are joined by a space.
 */
public final class WebhookRefusals {
    private WebhookRefusals() {}

    public static ErrorBody body(InvalidWebhookException e) {
        WebhookProblem first = e.problems().get(0);
        String message = e.problems().stream().map(WebhookRefusals::message).collect(Collectors.joining(" "));
        return ErrorBody.of(error(first.kind()), message);
    }

    static String message(WebhookProblem problem) {
        return error(problem.kind()).message(problem.arguments().toArray());
    }

    static ApiError error(WebhookProblem.Kind kind) {
        return switch (kind) {
            case UNKNOWN_EVENT -> ApiError.WEBHOOK_UNKNOWN_EVENT;
            case UNSUPPORTED_EVENT -> ApiError.WEBHOOK_UNSUPPORTED_EVENT;
            case INVALID_URL -> ApiError.WEBHOOK_INVALID_URL;
            case URL_NOT_HTTPS -> ApiError.WEBHOOK_URL_NOT_HTTPS;
            case TOO_MANY_HEADERS -> ApiError.WEBHOOK_TOO_MANY_HEADERS;
            case RESERVED_HEADER -> ApiError.WEBHOOK_RESERVED_HEADER;
            case INVALID_HEADER -> ApiError.WEBHOOK_INVALID_HEADER;
            case ALREADY_EXISTS -> ApiError.WEBHOOK_ALREADY_EXISTS;
            case LIMIT_REACHED -> ApiError.WEBHOOK_LIMIT_REACHED;
        };
    }
}

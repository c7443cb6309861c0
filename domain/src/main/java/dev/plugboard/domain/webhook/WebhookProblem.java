package dev.plugboard.domain.webhook;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a subscription. The HTTP layer turns each kind into its message.
 *
 * @param arguments what the message names, in order (listed with each kind); never a header value,
 *     and the URL (which may carry a token) only where Pluggy's message shows it, to its owner
 */
public record WebhookProblem(Kind kind, List<String> arguments) {
    public enum Kind {
        /** Not an event Pluggy knows. Arguments: the event as sent. */
        UNKNOWN_EVENT,
        /** One of Pluggy's events that Plugboard never sends. Arguments: the event as sent. */
        UNSUPPORTED_EVENT,
        /** Not an absolute URL with a host, too long, or with user info or a fragment. No arguments. */
        INVALID_URL,
        /** Not {@code https}, and not an allowed loopback {@code http}. No arguments. */
        URL_NOT_HTTPS,
        /** More headers than {@link WebhookRules#MAX_HEADERS}. Arguments: how many were sent. */
        TOO_MANY_HEADERS,
        /** A header Plugboard sets itself or the HTTP client controls. Arguments: its name. */
        RESERVED_HEADER,
        /** A name that is not an HTTP token or repeats, or a value not printable ASCII. Arguments: the name. */
        INVALID_HEADER,
        /** The application already has a webhook for this event and URL. Arguments: event, URL. */
        ALREADY_EXISTS,
        /** The application has {@link Webhooks#MAX_PER_EVENT} webhooks for this event. Arguments: event. */
        LIMIT_REACHED
    }

    public WebhookProblem {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    public WebhookProblem(Kind kind, String... arguments) {
        this(kind, List.of(arguments));
    }
}

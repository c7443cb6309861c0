package dev.plugboard.client;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one root of everything {@link PlugboardClient} throws, unchecked. Thrown as itself only for
 * answers no subclass describes (an unexpected status such as a redirect, or a body that is not
 * the JSON the operation answers with); the subclasses say what failed.
 */
public class PlugboardClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorDetails details;

    public PlugboardClientException(String message, ErrorDetails details, Throwable cause) {
        super(message, cause);
        this.details = Objects.requireNonNull(details, "details");
    }

    /** The HTTP status of the answer, or {@code 0} when none arrived ({@link TransportException}). */
    public int statusCode() {
        return details.statusCode();
    }

    /** The envelope's {@code code} (the HTTP status, in Pluggy's bodies), when the body had one. */
    public OptionalInt code() {
        return details.code();
    }

    /** The envelope's {@code codeDescription}, such as {@code CONNECTOR_NOT_FOUND}, when sent. */
    public Optional<String> codeDescription() {
        return details.codeDescription();
    }

    /** The envelope's {@code message}, the server's own words, when sent. */
    public Optional<String> serverMessage() {
        return details.serverMessage();
    }

    /** The {@code X-Request-Id} response header: quote it when reporting a problem. */
    public Optional<String> requestId() {
        return details.requestId();
    }

    public ErrorDetails details() {
        return details;
    }
}

package dev.plugboard.client;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an error answer said: the HTTP status ({@code 0} when no answer arrived), and from Pluggy's
 * error envelope {@code {code, codeDescription, message}} whatever the body carried, plus the
 * {@code X-Request-Id} response header that names the request in the server's log.
 */
public record ErrorDetails(
        int statusCode,
        OptionalInt code,
        Optional<String> codeDescription,
        Optional<String> serverMessage,
        Optional<String> requestId) {
    public ErrorDetails {
        if (statusCode < 0 || statusCode > 999) {
            throw new IllegalArgumentException("statusCode must be from 0 to 999, got " + statusCode);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codeDescription, "codeDescription");
        Objects.requireNonNull(serverMessage, "serverMessage");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** The details of a failure that got no HTTP answer at all (status 0, nothing else). */
    public static ErrorDetails noResponse() {
        return new ErrorDetails(0, OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}

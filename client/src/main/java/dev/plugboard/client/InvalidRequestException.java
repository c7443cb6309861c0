package dev.plugboard.client;

/** A 4xx other than 401, 403, 404 and 429: the request was malformed; the server message says how to fix it. */
public class InvalidRequestException extends PlugboardClientException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}

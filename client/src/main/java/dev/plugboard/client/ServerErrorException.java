package dev.plugboard.client;

/** A 5xx that was still there after the retries the client makes for idempotent calls. */
public class ServerErrorException extends PlugboardClientException {
    private static final long serialVersionUID = 1L;

    public ServerErrorException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}

package dev.plugboard.client;

/**
 * No usable answer arrived: the connection failed or was reset, the body was cut short, or the
 * call timed out; still so after the retries the client makes for idempotent calls. {@link
 * #statusCode()} is {@code 0}; the cause is the JDK's exception.
 */
public class TransportException extends PlugboardClientException {
    private static final long serialVersionUID = 1L;

    public TransportException(String message, Throwable cause) {
        super(message, ErrorDetails.noResponse(), cause);
    }
}

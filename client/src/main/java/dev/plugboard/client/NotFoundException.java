package dev.plugboard.client;

/** A 404: the connector (or item) does not exist, or the path is unknown. */
public class NotFoundException extends PlugboardClientException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}

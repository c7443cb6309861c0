package dev.plugboard.client.internal;

/**
 * A successful answer whose body is not what the operation answers with. Never leaves the client:
 * {@link Session} turns it into a {@code PlugboardClientException} naming the call.
 */
public final class UnreadableAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadableAnswerException(String message) {
        super(message);
    }
}

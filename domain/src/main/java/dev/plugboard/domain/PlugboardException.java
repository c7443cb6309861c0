package dev.plugboard.domain;

/**
 * The one unchecked root of every exception the domain throws on purpose. Subclasses say what
 * failed; the HTTP error mapper is the only place that turns them into status codes.
 */
public abstract class PlugboardException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected PlugboardException(String message) {
        super(message);
    }

    protected PlugboardException(String message, Throwable cause) {
        super(message, cause);
    }
}

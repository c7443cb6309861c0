package dev.plugboard.client;

/** A 401 (wrong or disabled client keys on {@code POST /auth}) or a 403 (a missing, invalid or expired API key, or a connect token used beyond its scope) that one fresh API key did not cure. */
public class AuthenticationException extends PlugboardClientException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }
}

package dev.plugboard.http.wire;

import dev.plugboard.domain.PlugboardException;
import java.util.Objects;

/**
 * A request Plugboard refuses, with the {@link ApiError} to answer. Messages never contain a
 * credential value, secret or key: only parameter names and non-secret values.
 */
public final class ApiException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final ApiError error;

    public ApiException(ApiError error, Object... args) {
        super(Objects.requireNonNull(error, "error").message(args));
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}

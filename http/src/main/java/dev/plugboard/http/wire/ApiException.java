package dev.plugboard.http.wire;

import dev.plugboard.domain.PlugboardException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request Plugboard refuses, with the {@link ApiError} to answer. Messages never contain a
 * credential value, secret or key: only parameter names and non-secret values.
 */
public final class ApiException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final ApiError error;
    private final List<String> problems;

    public ApiException(ApiError error, Object... args) {
        super(Objects.requireNonNull(error, "error").message(args));
        this.error = error;
        this.problems = null;
    }

    private ApiException(ApiError error, List<String> problems) {
        super(error.message(problems.size()));
        this.error = error;
        this.problems = List.copyOf(problems);
    }

    /** A refusal listing every problem found, each naming its field (the template takes the count). */
    public static ApiException withProblems(ApiError error, List<String> problems) {
        return new ApiException(error, problems);
    }

    public ApiError error() {
        return error;
    }

    public Optional<List<String>> problems() {
        return Optional.ofNullable(problems);
    }
}

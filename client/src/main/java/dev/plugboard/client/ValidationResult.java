package dev.plugboard.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer of {@code POST /connectors/{id}/validate}: the parameters as the server understood
 * them, and one error per failing parameter, none when the parameters are valid.
 */
public record ValidationResult(Map<String, String> parameters, List<ParameterError> errors) {
    public ValidationResult {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * Why one parameter failed: {@code 001} missing, {@code 002} breaks the credential's rule (the
     * message is the credential's {@code validationMessage}), {@code 003} a date rule.
     */
    public record ParameterError(String code, String message, String parameter) {
        public ParameterError {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(parameter, "parameter");
        }
    }
}

package dev.plugboard.domain.credential;

import java.util.Map;
import java.util.Objects;

/**
 * One failing field of a validation: Pluggy's {@code {code, message, parameter, data?}}.
 *
 * @param data extra facts about the rule that failed (for example {@code {"min": 6}}); empty when none
 */
public record FieldError(String parameter, ValidationCode code, String message, Map<String, Object> data) {
    public FieldError {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        data = Map.copyOf(data);
    }

    public FieldError(String parameter, ValidationCode code, String message) {
        this(parameter, code, message, Map.of());
    }
}

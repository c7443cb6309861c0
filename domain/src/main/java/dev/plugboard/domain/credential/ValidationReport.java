package dev.plugboard.domain.credential;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of validating submitted credentials: the echoed parameters (only those the connector
 * defines, {@code password} values masked) and every failing field, in credential order.
 */
public record ValidationReport(Map<String, String> parameters, List<FieldError> errors) {
    public ValidationReport {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}

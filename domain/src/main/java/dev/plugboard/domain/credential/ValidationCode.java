package dev.plugboard.domain.credential;

/** Pluggy's parameter validation error codes (contract §6). */
public enum ValidationCode {
    /** A required parameter is absent or empty. */
    MISSING_REQUIRED_PARAMETER("001"),
    /** A value breaks its credential's rule: the regex, or the options of a {@code select}. */
    RULE_VALIDATION_ERROR("002"),
    /** A date rule failed. */
    DATE_RULE_VALIDATION_ERROR("003");

    private final String wireCode;

    ValidationCode(String wireCode) {
        this.wireCode = wireCode;
    }

    public String wireCode() {
        return wireCode;
    }
}

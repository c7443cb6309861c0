package dev.plugboard.domain.credential;

/**
 * The messages Plugboard writes itself, beside the codes they go with. A credential's own
 * {@code validationMessage} is used instead wherever it has one. Tests assert against these
 * constants, not copies of the text.
 */
public final class ValidationMessages {
    /** Code 001; the placeholder is the parameter name. Pluggy's wording (contract §6). */
    public static final String MISSING_REQUIRED = "%s parameter is required";
    /** Code 002 when the credential has no {@code validationMessage} of its own. */
    public static final String INVALID_VALUE = "%s parameter is invalid";
    /** Code 002 for a {@code select} value outside its options, with no {@code validationMessage}. */
    public static final String NOT_AN_OPTION = "%s parameter must be one of: %s";

    private ValidationMessages() {}
}

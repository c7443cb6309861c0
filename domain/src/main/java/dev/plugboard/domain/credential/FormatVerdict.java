package dev.plugboard.domain.credential;

/**
 * What a {@link CredentialFormat} says of a value. The two failures are kept apart because they
 * call for different messages: a malformed value was typed in the wrong shape ("must have 11
 * digits"), an invalid one has the right shape but cannot be real ("this CPF does not exist").
 */
public enum FormatVerdict {
    /** The value has the shape of the format and passes every check the format defines. */
    VALID,
    /**
     * The value does not have the shape of the format: wrong length, wrong characters, or
     * punctuation in the wrong place.
     */
    MALFORMED,
    /**
     * The shape is right but the value cannot be real: a wrong check digit or checksum, an
     * impossible calendar date, a document number made of one repeated digit, an unknown area code.
     */
    INVALID
}

package dev.plugboard.client;

import java.util.Locale;

/**
 * The input kind of a credential ({@code type}, lower case on the wire); {@link #UNKNOWN} for a
 * value this version does not know.
 */
public enum CredentialType {
    TEXT,
    PASSWORD,
    NUMBER,
    IMAGE,
    SELECT,
    ETHADDRESS,
    HCAPTCHA,
    UNKNOWN;

    /** The constant for {@code value} in any case, or {@link #UNKNOWN}. */
    public static CredentialType fromWire(String value) {
        return WireNames.constant(CredentialType.class, value.toUpperCase(Locale.ROOT), UNKNOWN);
    }

    /** The wire name: {@code text}, {@code password}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.plugboard.client;

/** A connector's category ({@code type}); {@link #UNKNOWN} for a value this version does not know. */
public enum ConnectorType {
    PERSONAL_BANK,
    BUSINESS_BANK,
    INVOICE,
    INVESTMENT,
    TELECOMMUNICATION,
    DIGITAL_ECONOMY,
    PAYMENT_ACCOUNT,
    OTHER,
    UNKNOWN;

    /** The constant named {@code value}, or {@link #UNKNOWN}: new values must not break old clients. */
    public static ConnectorType fromWire(String value) {
        return WireNames.constant(ConnectorType.class, value, UNKNOWN);
    }
}

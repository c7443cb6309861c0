package dev.plugboard.client;

/** A data product a connector can return; {@link #UNKNOWN} for a value this version does not know. */
public enum Product {
    ACCOUNTS,
    CREDIT_CARDS,
    TRANSACTIONS,
    PAYMENT_DATA,
    INVESTMENTS,
    INVESTMENTS_TRANSACTIONS,
    IDENTITY,
    BROKERAGE_NOTE,
    MOVE_SECURITY,
    LOANS,
    ACCOUNT_STATEMENTS,
    UNKNOWN;

    /** The constant named {@code value}, or {@link #UNKNOWN}: new values must not break old clients. */
    public static Product fromWire(String value) {
        return WireNames.constant(Product.class, value, UNKNOWN);
    }
}

package dev.plugboard.domain.connector;

import java.util.Arrays;
import java.util.Optional;

/**
 * Data products a connector can return. Exactly the enum of Pluggy's OpenAPI document: generated
 * clients validate it strictly and reject a whole list response over one unknown value (contract
 * §8.1), so the catalog may not use anything else.
 */
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
    LOANS;

    public static Optional<Product> fromWire(String text) {
        return Arrays.stream(values()).filter(p -> p.name().equals(text)).findFirst();
    }
}

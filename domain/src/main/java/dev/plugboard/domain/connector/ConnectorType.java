package dev.plugboard.domain.connector;

import java.util.Arrays;
import java.util.Optional;

/** Connector category, as Pluggy's SDKs enumerate it (contract §8). */
public enum ConnectorType {
    PERSONAL_BANK,
    BUSINESS_BANK,
    INVOICE,
    INVESTMENT,
    TELECOMMUNICATION,
    DIGITAL_ECONOMY,
    PAYMENT_ACCOUNT,
    OTHER;

    public static Optional<ConnectorType> fromWire(String text) {
        return Arrays.stream(values()).filter(t -> t.name().equals(text)).findFirst();
    }
}

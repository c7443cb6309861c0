package dev.plugboard.domain.credential;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Input kind of a credential. The wire names are lower case. {@code ethaddress} and
 * {@code hcaptcha} exist in Pluggy's SDKs but not in its OpenAPI enum, which generated clients
 * enforce (contract §8.1): the bundled catalog uses only the first five.
 */
public enum CredentialType {
    TEXT,
    PASSWORD,
    NUMBER,
    IMAGE,
    SELECT,
    ETHADDRESS,
    HCAPTCHA;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CredentialType> fromWire(String text) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(text)).findFirst();
    }
}

package dev.plugboard.domain.credential;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Ethereum account addresses, with the EIP-55 mixed-case checksum. */
final class EthereumAddresses {
    private static final String PREFIX = "0x";
    private static final int HEX_DIGITS = 40;

    private EthereumAddresses() {}

    static FormatVerdict check(String value) {
        if (value.length() != PREFIX.length() + HEX_DIGITS || !value.startsWith(PREFIX)) {
            return FormatVerdict.MALFORMED;
        }
        String hex = value.substring(PREFIX.length());
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            boolean lowerLetter = c >= 'a' && c <= 'f';
            boolean upperLetter = c >= 'A' && c <= 'F';
            if (!(lowerLetter || upperLetter || (c >= '0' && c <= '9'))) {
                return FormatVerdict.MALFORMED;
            }
            lower |= lowerLetter;
            upper |= upperLetter;
        }
        // Single-case addresses carry no checksum (EIP-55 is backwards compatible with them).
        if (!(lower && upper)) {
            return FormatVerdict.VALID;
        }
        return matchesChecksum(hex) ? FormatVerdict.VALID : FormatVerdict.INVALID;
    }

    /**
     * EIP-55: hash the lower-case hex text (as ASCII) with Keccak-256; the letter at position i
     * must be upper case exactly when nibble i of the hash is 8 or more.
     */
    private static boolean matchesChecksum(String hex) {
        byte[] hash = Keccak256.digest(hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (c > '9') {
                int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
                if ((c <= 'F') != (nibble >= 8)) {
                    return false;
                }
            }
        }
        return true;
    }
}

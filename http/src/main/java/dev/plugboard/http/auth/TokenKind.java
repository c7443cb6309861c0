package dev.plugboard.http.auth;

import java.util.Arrays;
import java.util.Optional;

/** What a token is, written in its {@code kind} claim. */
public enum TokenKind {
    /** From {@code POST /auth}: two hours, everything an application may do. */
    API_KEY("api_key"),
    /** From {@code POST /connect_token}: thirty minutes, reads and validates connectors only. */
    CONNECT_TOKEN("connect_token");

    private final String claim;

    TokenKind(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    static Optional<TokenKind> fromClaim(String text) {
        return Arrays.stream(values()).filter(k -> k.claim.equals(text)).findFirst();
    }
}

package dev.plugboard.client;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code POST /connect_token} may be told: the item the token will update, and the widget's
 * {@code options}. Start from {@link #none()}; each method returns a new value.
 */
public record ConnectTokenOptions(
        Optional<String> itemId,
        Optional<String> clientUserId,
        Optional<String> webhookUrl,
        Optional<String> oauthRedirectUri) {
    public ConnectTokenOptions {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(clientUserId, "clientUserId");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(oauthRedirectUri, "oauthRedirectUri");
    }

    public static ConnectTokenOptions none() {
        return new ConnectTokenOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A token to update this item (its UUID) instead of creating one. */
    public ConnectTokenOptions itemId(String itemId) {
        return new ConnectTokenOptions(
                Optional.of(nonBlank("itemId", itemId)), clientUserId, webhookUrl, oauthRedirectUri);
    }

    /** Your own identifier of the end user, stored on the items created with the token. */
    public ConnectTokenOptions clientUserId(String clientUserId) {
        return new ConnectTokenOptions(
                itemId, Optional.of(nonBlank("clientUserId", clientUserId)), webhookUrl, oauthRedirectUri);
    }

    public ConnectTokenOptions webhookUrl(String webhookUrl) {
        return new ConnectTokenOptions(
                itemId, clientUserId, Optional.of(nonBlank("webhookUrl", webhookUrl)), oauthRedirectUri);
    }

    public ConnectTokenOptions oauthRedirectUri(String oauthRedirectUri) {
        return new ConnectTokenOptions(
                itemId, clientUserId, webhookUrl, Optional.of(nonBlank("oauthRedirectUri", oauthRedirectUri)));
    }

    private static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    field + " must not be blank, got " + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }
}

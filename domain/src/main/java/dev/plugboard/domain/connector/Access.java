package dev.plugboard.domain.connector;

import java.util.Objects;
import java.util.Optional;

/**
 * How a user logs in through a connector: whether it asks for an MFA value, whether it uses an
 * OAuth redirect (and where it starts), and where the institution lets a user reset a password.
 */
public record Access(boolean hasMfa, boolean oauth, Optional<String> oauthUrl, Optional<String> resetPasswordUrl) {
    public static final Access PLAIN = new Access(false, false, Optional.empty(), Optional.empty());

    public Access {
        Objects.requireNonNull(oauthUrl, "oauthUrl");
        Objects.requireNonNull(resetPasswordUrl, "resetPasswordUrl");
    }
}

package dev.plugboard.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A connector: an institution (or a sandbox) Pluggy can connect to, with the credentials a user
 * must supply. Strings the API always sends are empty when a server leaves them out; optional
 * strings are {@link Optional}; flags are {@code false} when absent. Fields this version does not
 * know are ignored.
 */
public record Connector(
        int id,
        String name,
        Branding branding,
        String country,
        ConnectorType type,
        List<Credential> credentials,
        Access access,
        Health health,
        List<Product> products,
        boolean sandbox,
        boolean openFinance,
        Capabilities capabilities,
        Optional<Instant> createdAt,
        Optional<Instant> updatedAt) {
    public Connector {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        credentials = List.copyOf(credentials);
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(health, "health");
        products = List.copyOf(products);
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** How the institution looks: {@code primaryColor} (hex, no {@code #}), home page and logo. */
    public record Branding(String primaryColor, String institutionUrl, String imageUrl) {
        public Branding {
            Objects.requireNonNull(primaryColor, "primaryColor");
            Objects.requireNonNull(institutionUrl, "institutionUrl");
            Objects.requireNonNull(imageUrl, "imageUrl");
        }
    }

    /** How a user signs in: {@code hasMFA}, {@code oauth}, {@code oauthUrl}, {@code resetPasswordUrl}. */
    public record Access(boolean hasMfa, boolean oauth, Optional<String> oauthUrl, Optional<String> resetPasswordUrl) {
        public Access {
            Objects.requireNonNull(oauthUrl, "oauthUrl");
            Objects.requireNonNull(resetPasswordUrl, "resetPasswordUrl");
        }
    }

    /** The payment features: the {@code supports…} flags. */
    public record Capabilities(
            boolean paymentInitiation,
            boolean scheduledPayments,
            boolean smartTransfers,
            boolean boletoManagement,
            boolean automaticPix) {}
}

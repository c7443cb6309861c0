package dev.plugboard.domain.connector;

import dev.plugboard.domain.credential.Credential;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One institution users can connect to: the {@code Connector} object of Pluggy's API (contract
 * §1). Immutable; the catalog replaces a connector, never mutates it.
 */
public record Connector(
        int id,
        String name,
        ConnectorType type,
        String country,
        Branding branding,
        List<Credential> credentials,
        Access access,
        ConnectorHealth health,
        List<Product> products,
        Capabilities capabilities,
        boolean sandbox,
        boolean openFinance,
        Instant createdAt,
        Instant updatedAt) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Connector {
        if (id < 0) {
            throw new IllegalArgumentException("connector id must not be negative: " + id);
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("connector " + id + ": name must not be blank");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("connector " + id + ": country must be two capital letters: " + country);
        }
        Objects.requireNonNull(branding, "branding");
        credentials = List.copyOf(credentials);
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(health, "health");
        products = List.copyOf(products);
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Set<String> names = new HashSet<>();
        for (Credential credential : credentials) {
            if (!names.add(credential.name())) {
                throw new IllegalArgumentException(
                        "connector " + id + ": credential name '" + credential.name() + "' appears twice");
            }
        }
    }

    public Connector withHealth(ConnectorHealth newHealth) {
        return new Connector(
                id,
                name,
                type,
                country,
                branding,
                credentials,
                access,
                newHealth,
                products,
                capabilities,
                sandbox,
                openFinance,
                createdAt,
                updatedAt);
    }

    public Connector withName(String newName) {
        return new Connector(
                id,
                newName,
                type,
                country,
                branding,
                credentials,
                access,
                health,
                products,
                capabilities,
                sandbox,
                openFinance,
                createdAt,
                updatedAt);
    }

    public Connector withTimes(Instant newCreatedAt, Instant newUpdatedAt) {
        return new Connector(
                id,
                name,
                type,
                country,
                branding,
                credentials,
                access,
                health,
                products,
                capabilities,
                sandbox,
                openFinance,
                newCreatedAt,
                newUpdatedAt);
    }
}

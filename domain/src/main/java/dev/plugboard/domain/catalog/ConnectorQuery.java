package dev.plugboard.domain.catalog;

import dev.plugboard.domain.connector.ConnectorType;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The filters of {@code GET /connectors} (contract §4). Empty sets mean "no filter"; sandbox
 * connectors are left out unless {@code includeSandbox}, which adds them to the others.
 *
 * @param name a name to match "alike": folded (see {@link NameFolding}) and searched as a substring
 */
public record ConnectorQuery(
        Set<String> countries,
        Set<ConnectorType> types,
        Optional<String> name,
        boolean includeSandbox,
        FlagFilter openFinance,
        FlagFilter paymentInitiation,
        FlagFilter smartTransfers,
        FlagFilter automaticPix,
        Optional<PageRequest> page) {

    public ConnectorQuery {
        countries = Set.copyOf(countries);
        types = Set.copyOf(types);
        name = Objects.requireNonNull(name, "name").map(NameFolding::fold).filter(n -> !n.isEmpty());
        Objects.requireNonNull(openFinance, "openFinance");
        Objects.requireNonNull(paymentInitiation, "paymentInitiation");
        Objects.requireNonNull(smartTransfers, "smartTransfers");
        Objects.requireNonNull(automaticPix, "automaticPix");
        Objects.requireNonNull(page, "page");
    }

    /** Every live connector, no sandbox, one page: what {@code GET /connectors} answers bare. */
    public static ConnectorQuery everything() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query; each setter replaces what was set before. */
    public static final class Builder {
        private Set<String> countries = Set.of();
        private Set<ConnectorType> types = Set.of();
        private Optional<String> name = Optional.empty();
        private boolean includeSandbox;
        private FlagFilter openFinance = FlagFilter.ANY;
        private FlagFilter paymentInitiation = FlagFilter.ANY;
        private FlagFilter smartTransfers = FlagFilter.ANY;
        private FlagFilter automaticPix = FlagFilter.ANY;
        private Optional<PageRequest> page = Optional.empty();

        private Builder() {}

        public Builder countries(Set<String> value) {
            countries = value;
            return this;
        }

        public Builder types(Set<ConnectorType> value) {
            types = value;
            return this;
        }

        public Builder name(String value) {
            name = Optional.of(value);
            return this;
        }

        public Builder includeSandbox(boolean value) {
            includeSandbox = value;
            return this;
        }

        public Builder openFinance(FlagFilter value) {
            openFinance = value;
            return this;
        }

        public Builder paymentInitiation(FlagFilter value) {
            paymentInitiation = value;
            return this;
        }

        public Builder smartTransfers(FlagFilter value) {
            smartTransfers = value;
            return this;
        }

        public Builder automaticPix(FlagFilter value) {
            automaticPix = value;
            return this;
        }

        public Builder page(PageRequest value) {
            page = Optional.of(value);
            return this;
        }

        public ConnectorQuery build() {
            return new ConnectorQuery(
                    countries,
                    types,
                    name,
                    includeSandbox,
                    openFinance,
                    paymentInitiation,
                    smartTransfers,
                    automaticPix,
                    page);
        }
    }
}

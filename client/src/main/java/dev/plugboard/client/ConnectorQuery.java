package dev.plugboard.client;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The filters of {@code GET /connectors}. Start from {@link #all()}; each method returns a new
 * query. Flag filters ({@code isOpenFinance}, {@code supports…}) are sent only when set: unset,
 * they do not filter. {@code sandbox(true)} adds the sandbox connectors to the live ones.
 * {@code page}/{@code pageSize} are Plugboard's (Pluggy answers every match in one page).
 */
public record ConnectorQuery(
        List<String> countries,
        List<ConnectorType> types,
        Optional<String> name,
        boolean sandbox,
        boolean healthDetails,
        Filters filters,
        OptionalInt page,
        OptionalInt pageSize) {
    public ConnectorQuery {
        countries = List.copyOf(countries);
        for (String country : countries) {
            if (country.isBlank()) {
                throw new IllegalArgumentException("a country must not be blank, got '" + country + "'");
            }
        }
        types = List.copyOf(types);
        if (types.contains(ConnectorType.UNKNOWN)) {
            throw new IllegalArgumentException("UNKNOWN is not a connector type a query can send, got " + types);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(pageSize, "pageSize");
        page.ifPresent(value -> atLeastOne("page", value));
        pageSize.ifPresent(value -> atLeastOne("pageSize", value));
    }

    /** The flag filters; each is sent only when present. */
    public record Filters(
            Optional<Boolean> openFinance,
            Optional<Boolean> paymentInitiation,
            Optional<Boolean> smartTransfers,
            Optional<Boolean> automaticPix) {
        public Filters {
            Objects.requireNonNull(openFinance, "openFinance");
            Objects.requireNonNull(paymentInitiation, "paymentInitiation");
            Objects.requireNonNull(smartTransfers, "smartTransfers");
            Objects.requireNonNull(automaticPix, "automaticPix");
        }
    }

    /** Every live connector, in one page (at Pluggy, and at Plugboard without a page size). */
    public static ConnectorQuery all() {
        Filters none = new Filters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return new ConnectorQuery(
                List.of(), List.of(), Optional.empty(), false, false, none, OptionalInt.empty(), OptionalInt.empty());
    }

    /** Only connectors of these countries (ISO 3166-1 alpha-2 codes, such as {@code BR}). */
    public ConnectorQuery countries(String... countries) {
        return new ConnectorQuery(List.of(countries), types, name, sandbox, healthDetails, filters, page, pageSize);
    }

    /** Only connectors of these types. */
    public ConnectorQuery types(ConnectorType... types) {
        return new ConnectorQuery(
                countries, Arrays.asList(types), name, sandbox, healthDetails, filters, page, pageSize);
    }

    /** Only connectors whose name contains this text (Plugboard ignores case and accents). */
    public ConnectorQuery name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "name must not be blank, got " + (name == null ? "null" : "'" + name + "'"));
        }
        return new ConnectorQuery(countries, types, Optional.of(name), sandbox, healthDetails, filters, page, pageSize);
    }

    /** With {@code true}, the sandbox connectors are listed too. */
    public ConnectorQuery sandbox(boolean sandbox) {
        return new ConnectorQuery(countries, types, name, sandbox, healthDetails, filters, page, pageSize);
    }

    /** With {@code true}, each connector's health carries its {@link Health.Details}. */
    public ConnectorQuery healthDetails(boolean healthDetails) {
        return new ConnectorQuery(countries, types, name, sandbox, healthDetails, filters, page, pageSize);
    }

    public ConnectorQuery openFinance(boolean openFinance) {
        return withFilters(new Filters(
                Optional.of(openFinance),
                filters.paymentInitiation(),
                filters.smartTransfers(),
                filters.automaticPix()));
    }

    public ConnectorQuery paymentInitiation(boolean paymentInitiation) {
        return withFilters(new Filters(
                filters.openFinance(),
                Optional.of(paymentInitiation),
                filters.smartTransfers(),
                filters.automaticPix()));
    }

    public ConnectorQuery smartTransfers(boolean smartTransfers) {
        return withFilters(new Filters(
                filters.openFinance(),
                filters.paymentInitiation(),
                Optional.of(smartTransfers),
                filters.automaticPix()));
    }

    public ConnectorQuery automaticPix(boolean automaticPix) {
        return withFilters(new Filters(
                filters.openFinance(),
                filters.paymentInitiation(),
                filters.smartTransfers(),
                Optional.of(automaticPix)));
    }

    /** This page (from 1) of the matches. */
    public ConnectorQuery page(int page) {
        atLeastOne("page", page);
        return new ConnectorQuery(
                countries, types, name, sandbox, healthDetails, filters, OptionalInt.of(page), pageSize);
    }

    /** Pages of this many connectors (Plugboard accepts 1 to 500). */
    public ConnectorQuery pageSize(int pageSize) {
        atLeastOne("pageSize", pageSize);
        return new ConnectorQuery(
                countries, types, name, sandbox, healthDetails, filters, page, OptionalInt.of(pageSize));
    }

    private ConnectorQuery withFilters(Filters filters) {
        return new ConnectorQuery(countries, types, name, sandbox, healthDetails, filters, page, pageSize);
    }

    private static void atLeastOne(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be 1 or more, got " + value);
        }
    }
}

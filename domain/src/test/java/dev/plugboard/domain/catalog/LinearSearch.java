package dev.plugboard.domain.catalog;

import dev.plugboard.domain.connector.Connector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The search {@link CatalogSnapshot} ran before it had a {@link SearchIndex}: every connector
 * tested on every request, the name with {@link String#contains} on its folded form, the page cut
 * from the list of all matches. Slow at scale, obviously right: kept as the oracle the indexed
 * search is compared with.
 */
final class LinearSearch {
    private LinearSearch() {}

    static ConnectorPage search(Collection<Connector> catalog, ConnectorQuery query) {
        List<Connector> matches = new ArrayList<>();
        for (Connector connector :
                catalog.stream().sorted(Comparator.comparingInt(Connector::id)).toList()) {
            if (acceptsAttributes(query, connector)
                    && query.name()
                            .map(NameFolding.fold(connector.name())::contains)
                            .orElse(true)) {
                matches.add(connector);
            }
        }
        int total = matches.size();
        if (query.page().isEmpty()) {
            return new ConnectorPage(1, total, total == 0 ? 0 : 1, matches);
        }
        PageRequest page = query.page().get();
        int totalPages = (total + page.pageSize() - 1) / page.pageSize();
        long from = (long) (page.page() - 1) * page.pageSize();
        List<Connector> slice =
                from >= total ? List.of() : matches.subList((int) from, (int) Math.min(total, from + page.pageSize()));
        return new ConnectorPage(page.page(), total, totalPages, slice);
    }

    private static boolean acceptsAttributes(ConnectorQuery query, Connector connector) {
        return (query.includeSandbox() || !connector.sandbox())
                && (query.countries().isEmpty() || query.countries().contains(connector.country()))
                && (query.types().isEmpty() || query.types().contains(connector.type()))
                && query.openFinance().accepts(connector.openFinance())
                && query.paymentInitiation().accepts(connector.capabilities().paymentInitiation())
                && query.smartTransfers().accepts(connector.capabilities().smartTransfers())
                && query.automaticPix().accepts(connector.capabilities().automaticPix());
    }
}

package dev.plugboard.domain.catalog;

import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a catalog search needs, computed once per snapshot over its connector order: one
 * {@link PositionSet} per value of each filter of {@link ConnectorQuery} (type, country, sandbox,
 * the four flags) and a {@link NameIndex} of the folded names. A query is then a few passes over
 * bit words, at most the one name lookup, and no visit to a {@link Connector}. Immutable.
 */
final class SearchIndex {
    private final int size;
    private final PositionSet live;
    private final Map<ConnectorType, PositionSet> byType;
    private final Map<String, PositionSet> byCountry;
    private final PositionSet openFinance;
    private final PositionSet paymentInitiation;
    private final PositionSet smartTransfers;
    private final PositionSet automaticPix;
    private final NameIndex names;

    private SearchIndex(List<Connector> connectors, List<String> foldedNames) {
        size = connectors.size();
        live = positions(connectors, c -> !c.sandbox());
        byType = new EnumMap<>(ConnectorType.class);
        byCountry = new HashMap<>();
        for (int k = 0; k < size; k++) {
            byType.computeIfAbsent(connectors.get(k).type(), t -> PositionSet.none(size))
                    .add(k);
            byCountry
                    .computeIfAbsent(connectors.get(k).country(), c -> PositionSet.none(size))
                    .add(k);
        }
        openFinance = positions(connectors, Connector::openFinance);
        paymentInitiation = positions(connectors, c -> c.capabilities().paymentInitiation());
        smartTransfers = positions(connectors, c -> c.capabilities().smartTransfers());
        automaticPix = positions(connectors, c -> c.capabilities().automaticPix());
        names = NameIndex.of(foldedNames);
    }

    /** Indexes connectors in the order given, with their folded names in the same order. */
    static SearchIndex of(List<Connector> connectors, List<String> foldedNames) {
        return new SearchIndex(connectors, foldedNames);
    }

    /** The positions of every connector the query accepts. */
    PositionSet matches(ConnectorQuery query) {
        PositionSet found = query.includeSandbox() ? PositionSet.all(size) : live.copy();
        retainAny(found, query.types(), byType::get);
        retainAny(found, query.countries(), byCountry::get);
        retain(found, query.openFinance(), openFinance);
        retain(found, query.paymentInitiation(), paymentInitiation);
        retain(found, query.smartTransfers(), smartTransfers);
        retain(found, query.automaticPix(), automaticPix);
        query.name().ifPresent(name -> names.retainContaining(name, found));
        return found;
    }

    /** Keeps positions having one of the wanted values; no value wanted means no filter. */
    private <T> void retainAny(PositionSet found, Collection<T> wanted, Function<T, PositionSet> having) {
        if (wanted.isEmpty()) {
            return;
        }
        PositionSet any = PositionSet.none(size);
        for (T value : wanted) {
            PositionSet members = having.apply(value);
            if (members != null) {
                any.addAll(members);
            }
        }
        found.retainAll(any);
    }

    private static void retain(PositionSet found, FlagFilter filter, PositionSet flagged) {
        switch (filter) {
            case ANY -> {}
            case ONLY_TRUE -> found.retainAll(flagged);
            case ONLY_FALSE -> found.removeAll(flagged);
        }
    }

    private static PositionSet positions(List<Connector> connectors, Predicate<Connector> member) {
        PositionSet set = PositionSet.none(connectors.size());
        for (int k = 0; k < connectors.size(); k++) {
            if (member.test(connectors.get(k))) {
                set.add(k);
            }
        }
        return set;
    }
}

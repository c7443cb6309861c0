package dev.plugboard.domain.catalog;

import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.credential.CredentialRules;
import dev.plugboard.domain.credential.InvalidCredentialRuleException;
import dev.plugboard.domain.credential.JsRegexInterner;
import dev.plugboard.domain.credential.ValidationContext;
import dev.plugboard.domain.credential.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable view of the whole catalog at one version. Every read is answered from a snapshot,
 * never from the database; a change builds a new snapshot and {@link Catalog} swaps it in whole,
 * so a reader sees either the old catalog or the new one.
 *
 * <p>Everything a request needs is computed here once: the order (ascending id, the documented
 * order of {@code GET /connectors}), a {@link SearchIndex} over that order (a set of positions per
 * filter value, a suffix array of the folded names), and compiled credential rules (one compiled
 * pattern per distinct source, shared by the connectors using it).
 */
public final class CatalogSnapshot {
    private record Entry(Connector connector, CredentialRules rules) {}

    private final long version;
    private final List<Entry> entries;
    /** Every id, in the entries' (ascending) order: {@link #position} is a binary search. */
    private final int[] ids;

    private final SearchIndex index;

    /**
     * @param entries in ascending id order ({@link #position} searches their ids)
     * @param foldedNames the entries' names folded for search, in the same order
     */
    private CatalogSnapshot(long version, List<Entry> entries, List<String> foldedNames) {
        this.version = version;
        this.entries = List.copyOf(entries);
        this.ids =
                this.entries.stream().mapToInt(entry -> entry.connector().id()).toArray();
        this.index = SearchIndex.of(this.entries.stream().map(Entry::connector).toList(), foldedNames);
    }

    /**
     * Builds a snapshot, checking what the connectors' own constructors cannot: unique ids and
     * credential rules that can run.
     *
     * @throws InvalidCatalogException listing every problem found
     */
    public static CatalogSnapshot of(long version, Collection<Connector> connectors) {
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<Integer, Connector> seen = new HashMap<>();
        JsRegexInterner patterns = new JsRegexInterner();
        List<Connector> sorted = connectors.stream()
                .sorted(Comparator.comparingInt(Connector::id))
                .toList();
        for (Connector connector : sorted) {
            if (seen.putIfAbsent(connector.id(), connector) != null) {
                problems.add("connector " + connector.id() + ": the id appears more than once");
                continue;
            }
            try {
                entries.add(new Entry(
                        connector,
                        CredentialRules.compile(
                                connector.id(),
                                connector.credentials(),
                                connector.access().hasMfa(),
                                patterns)));
            } catch (InvalidCredentialRuleException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        return new CatalogSnapshot(
                version,
                entries,
                entries.stream()
                        .map(entry -> NameFolding.fold(entry.connector().name()))
                        .toList());
    }

    public static CatalogSnapshot empty() {
        return new CatalogSnapshot(0, List.of(), List.of());
    }

    public long version() {
        return version;
    }

    public int size() {
        return entries.size();
    }

    /** Every connector, sandbox ones included, in ascending id order. */
    public List<Connector> connectors() {
        return entries.stream().map(Entry::connector).toList();
    }

    /**
     * Where the connector with this id is in {@link #connectors()}, or -1: lets a structure that
     * follows the snapshot keep one array slot per connector instead of a map entry.
     */
    public int position(long id) {
        if (id < Integer.MIN_VALUE || id > Integer.MAX_VALUE) {
            return -1;
        }
        int at = Arrays.binarySearch(ids, (int) id);
        return at >= 0 ? at : -1;
    }

    public Optional<Connector> find(int id) {
        int at = position(id);
        return at < 0 ? Optional.empty() : Optional.of(entries.get(at).connector());
    }

    /** The connector with this id; absent ids fail with {@link NoSuchConnectorException}. */
    public Connector get(long id) {
        return entry(id).connector();
    }

    /** Validates submitted credential values against the rules of one connector. */
    public ValidationReport validate(long id, Map<String, String> submitted, ValidationContext context) {
        return entry(id).rules().validate(submitted, context);
    }

    private Entry entry(long id) {
        int at = position(id);
        if (at < 0) {
            throw new NoSuchConnectorException(id);
        }
        return entries.get(at);
    }

    /**
     * Answers a query: every match in ascending id order, one page of it when the query asks.
     * Matches are found and counted on the snapshot's {@link SearchIndex}; only the connectors of
     * the page answered are looked up.
     */
    public ConnectorPage search(ConnectorQuery query) {
        PositionSet matches = index.matches(query);
        int total = matches.count();
        if (query.page().isEmpty()) {
            return new ConnectorPage(1, total, total == 0 ? 0 : 1, connectorsAt(matches.members(0, total)));
        }
        PageRequest page = query.page().get();
        int totalPages = (total + page.pageSize() - 1) / page.pageSize();
        long from = (long) (page.page() - 1) * page.pageSize();
        List<Connector> slice = from >= total ? List.of() : connectorsAt(matches.members(from, page.pageSize()));
        return new ConnectorPage(page.page(), total, totalPages, slice);
    }

    private List<Connector> connectorsAt(int[] positions) {
        Connector[] found = new Connector[positions.length];
        for (int i = 0; i < positions.length; i++) {
            found[i] = entries.get(positions[i]).connector();
        }
        return Arrays.asList(found);
    }
}

package dev.plugboard.bench;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.catalog.ConnectorPage;
import dev.plugboard.domain.catalog.ConnectorQuery;
import dev.plugboard.domain.catalog.NameFolding;
import dev.plugboard.domain.catalog.PageRequest;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.domain.credential.CredentialRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link CatalogSnapshot#search} on its indexes against the linear scan it replaced (copied here
 * as {@code scan…}), on generated catalogs of 1,000 to 100,000 connectors shaped as
 * {@code bench/harness/catalog_gen.py} makes them: the bundled catalog plus copies of its live
 * connectors with credentials, under realistic Brazilian names (about a third of bank names
 * start with "Banco"; none contains "itau", so {@code name=itau} finds the bundled 3 at every
 * size). The three queries of the load test: {@code name=banco&types=PERSONAL_BANK} page 1 of 20,
 * {@code name=itau} unpaged, and no filter page 1 of 20. Setup also prints how long the snapshot
 * takes to build and the heap it retains, against what the old layout (a folded name per
 * connector, its patterns compiled per connector) retains. Run with
 * {@code bench/run-jmh CatalogSearch}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CatalogSearchBenchmark {
    private static final ConnectorQuery BANCO_PAGE = ConnectorQuery.builder()
            .name("banco")
            .types(Set.of(ConnectorType.PERSONAL_BANK))
            .page(new PageRequest(1, 20))
            .build();
    private static final ConnectorQuery ITAU =
            ConnectorQuery.builder().name("itau").build();
    private static final ConnectorQuery FIRST_PAGE =
            ConnectorQuery.builder().page(new PageRequest(1, 20)).build();

    @Param({"1000", "10000", "100000"})
    public int connectors;

    private CatalogSnapshot snapshot;
    private List<ScannedEntry> scanned;

    /** What the old snapshot held per connector for search. */
    record ScannedEntry(Connector connector, String foldedName) {}

    @Setup
    public void build() {
        List<Connector> catalog = GeneratedCatalog.of(connectors, new Random(7));
        long before = retainedHeap();
        long start = System.nanoTime();
        snapshot = CatalogSnapshot.of(1, catalog);
        long buildNanos = System.nanoTime() - start;
        long indexed = retainedHeap() - before;
        scanned = catalog.stream()
                .sorted(Comparator.comparingInt(Connector::id))
                .map(c -> new ScannedEntry(c, NameFolding.fold(c.name())))
                .toList();
        List<CredentialRules> rulesOneByOne = catalog.stream()
                .map(c -> CredentialRules.compile(
                        c.id(), c.credentials(), c.access().hasMfa()))
                .toList();
        long old = retainedHeap() - before - indexed;
        System.out.printf(
                "%n%,d connectors: snapshot built in %,d ms, retains %,.1f MiB (%,d bytes per connector);"
                        + " old layout (folded names, patterns compiled per connector) %,.1f MiB (%,d bytes per"
                        + " connector), %d rule sets%n",
                connectors,
                buildNanos / 1_000_000,
                indexed / 1048576.0,
                indexed / connectors,
                old / 1048576.0,
                old / connectors,
                rulesOneByOne.size());
        for (ConnectorQuery query : List.of(BANCO_PAGE, ITAU, FIRST_PAGE)) {
            ConnectorPage expected = scan(query);
            if (!snapshot.search(query).equals(expected)) {
                throw new IllegalStateException("the index and the scan disagree on " + query);
            }
            System.out.printf("%s: %d matches%n", query.name().orElse("(no name)"), expected.total());
        }
    }

    /** Heap in use after collecting: catalogs, not garbage (the rest of the JVM is the same either side). */
    private static long retainedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Benchmark
    public ConnectorPage indexBancoPage() {
        return snapshot.search(BANCO_PAGE);
    }

    @Benchmark
    public ConnectorPage scanBancoPage() {
        return scan(BANCO_PAGE);
    }

    @Benchmark
    public ConnectorPage indexItau() {
        return snapshot.search(ITAU);
    }

    @Benchmark
    public ConnectorPage scanItau() {
        return scan(ITAU);
    }

    @Benchmark
    public ConnectorPage indexFirstPage() {
        return snapshot.search(FIRST_PAGE);
    }

    @Benchmark
    public ConnectorPage scanFirstPage() {
        return scan(FIRST_PAGE);
    }

    /** The search as CatalogSnapshot ran it before its indexes. */
    private ConnectorPage scan(ConnectorQuery query) {
        List<Connector> matches = new ArrayList<>();
        for (ScannedEntry entry : scanned) {
            if (acceptsAttributes(query, entry.connector())
                    && query.name().map(entry.foldedName()::contains).orElse(true)) {
                matches.add(entry.connector());
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

package dev.plugboard.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.TestConnectors;
import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The indexed search answers every query exactly as the linear scan it replaced ({@link
 * LinearSearch}): the same connectors in the same order, the same page, total and page count.
 */
class SearchIndexPropertyTest {
    /** Words whose folded forms overlap, repeat, differ only by accent or case, or fold to nothing. */
    private static final List<String> WORDS = List.of(
            "Banco",
            "BANCO",
            "banco",
            "Itaú",
            "ITAU",
            "itau",
            "Caixa",
            "Crédito",
            "Cooperativa",
            "São",
            "Paulo",
            "Ação",
            "ação",
            "Sicoob",
            "XP",
            "Nación",
            "Bank",
            "b",
            "a",
            "ã",
            "ç",
            "bancobanco",
            "\u0301",
            "ＡＢ",
            "ﬁ",
            "İ",
            "ß",
            "12",
            "Empresas");

    private static final List<String> COUNTRIES = List.of("BR", "AR", "MX", "US");

    @Property(tries = 400)
    void indexed_search_answers_as_the_linear_scan(
            @ForAll("catalogs") List<Connector> catalog, @ForAll("queries") List<ConnectorQuery> queries) {
        CatalogSnapshot snapshot = CatalogSnapshot.of(1, catalog);

        for (ConnectorQuery query : queries) {
            ConnectorPage expected = LinearSearch.search(catalog, query);
            ConnectorPage actual = snapshot.search(query);

            assertThat(actual).as("%s", query).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<Connector>> catalogs() {
        Arbitrary<List<Tuple2<Integer, Connector>>> drafts = connectorWithoutId()
                .list()
                .ofMaxSize(150)
                .flatMap(list -> Arbitraries.integers()
                        .between(0, 1_000_000)
                        .set()
                        .ofSize(list.size())
                        .map(ids -> withIds(ids, list)));
        return drafts.map(pairs -> pairs.stream().map(Tuple2::get2).toList());
    }

    private static List<Tuple2<Integer, Connector>> withIds(Set<Integer> ids, List<Connector> drafts) {
        List<Tuple2<Integer, Connector>> numbered = new ArrayList<>();
        int k = 0;
        for (int id : ids) {
            Connector draft = drafts.get(k++);
            numbered.add(Tuple.of(id, copyWithId(id, draft)));
        }
        return numbered;
    }

    private static Connector copyWithId(int id, Connector c) {
        return new Connector(
                id,
                c.name(),
                c.type(),
                c.country(),
                c.branding(),
                c.credentials(),
                c.access(),
                c.health(),
                c.products(),
                c.capabilities(),
                c.sandbox(),
                c.openFinance(),
                c.createdAt(),
                c.updatedAt());
    }

    private static Arbitrary<Connector> connectorWithoutId() {
        Arbitrary<Capabilities> capabilities = Combinators.combine(
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((payment, smart, pix) -> new Capabilities(payment, false, smart, false, pix));
        return Combinators.combine(
                        names(),
                        Arbitraries.of(ConnectorType.class),
                        Arbitraries.of(COUNTRIES),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        capabilities)
                .as((name, type, country, sandbox, openFinance, caps) -> {
                    TestConnectors.ConnectorBuilder builder = TestConnectors.connector(0, name)
                            .type(type)
                            .country(country)
                            .capabilities(caps);
                    if (sandbox) {
                        builder.sandbox();
                    }
                    if (openFinance) {
                        builder.openFinance();
                    }
                    return builder.build();
                });
    }

    private static Arbitrary<String> names() {
        Arbitrary<String> phrases = Arbitraries.of(WORDS)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .flatMap(words -> Arbitraries.of(" ", "  ", "\t", "").map(gap -> String.join(gap, words)));
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("abnoçãÁ É\u0301")
                .ofMinLength(1)
                .ofMaxLength(14);
        return Arbitraries.oneOf(phrases, phrases, noise).filter(name -> !name.isBlank());
    }

    @Provide
    Arbitrary<List<ConnectorQuery>> queries() {
        return query().list().ofMinSize(1).ofMaxSize(12);
    }

    private static Arbitrary<ConnectorQuery> query() {
        Arbitrary<Optional<String>> name = Arbitraries.oneOf(
                        Arbitraries.of(WORDS),
                        Arbitraries.of("anc", "o b", "u s", "ANCO IT", "ba", "o", " ", "zzz", "itaú", "ção c"),
                        Arbitraries.strings()
                                .withChars("abnoçãÁ É")
                                .ofMinLength(1)
                                .ofMaxLength(3))
                .optional(0.8);
        Arbitrary<Optional<PageRequest>> page = Combinators.combine(
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 40))
                .as(PageRequest::new)
                .optional(0.6);
        return Builders.withBuilder(ConnectorQuery::builder)
                .use(Arbitraries.of(COUNTRIES).set().ofMaxSize(3))
                .in((b, countries) -> b.countries(countries))
                .use(Arbitraries.of(ConnectorType.class).set().ofMaxSize(3))
                .in((b, types) -> b.types(types))
                .use(name)
                .in((b, n) -> n.map(b::name).orElse(b))
                .use(Arbitraries.of(true, false))
                .in((b, sandbox) -> b.includeSandbox(sandbox))
                .use(Arbitraries.of(FlagFilter.class))
                .in((b, f) -> b.openFinance(f))
                .use(Arbitraries.of(FlagFilter.class))
                .in((b, f) -> b.paymentInitiation(f))
                .use(Arbitraries.of(FlagFilter.class))
                .in((b, f) -> b.smartTransfers(f))
                .use(Arbitraries.of(FlagFilter.class))
                .in((b, f) -> b.automaticPix(f))
                .use(page)
                .in((b, p) -> p.map(b::page).orElse(b))
                .build(ConnectorQuery.Builder::build);
    }
}

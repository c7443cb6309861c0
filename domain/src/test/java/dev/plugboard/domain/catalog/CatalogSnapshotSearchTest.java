package dev.plugboard.domain.catalog;

import static dev.plugboard.domain.TestConnectors.bancoDoBrasil;
import static dev.plugboard.domain.TestConnectors.bancoNacion;
import static dev.plugboard.domain.TestConnectors.connector;
import static dev.plugboard.domain.TestConnectors.itau;
import static dev.plugboard.domain.TestConnectors.itauEmpresas;
import static dev.plugboard.domain.TestConnectors.itauOpenFinance;
import static dev.plugboard.domain.TestConnectors.pluggyBank;
import static dev.plugboard.domain.TestConnectors.pluggyBankBusiness;
import static dev.plugboard.domain.TestConnectors.xpInvestimentos;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogSnapshotSearchTest {
    private static final List<Connector> CATALOG = List.of(
            bancoNacion(),
            xpInvestimentos(),
            pluggyBankBusiness(1),
            itauOpenFinance(),
            bancoDoBrasil(),
            pluggyBank(0),
            itauEmpresas(),
            itau());

    private final CatalogSnapshot snapshot = CatalogSnapshot.of(1, CATALOG);

    private List<Integer> ids(ConnectorQuery.Builder query) {
        return snapshot.search(query.build()).results().stream()
                .map(Connector::id)
                .toList();
    }

    @Test
    void leaves_sandbox_connectors_out_by_default() {
        assertThat(ids(ConnectorQuery.builder())).containsExactly(201, 202, 208, 211, 601, 900);
    }

    @Test
    void include_sandbox_adds_sandbox_connectors_to_the_live_ones() {
        assertThat(ids(ConnectorQuery.builder().includeSandbox(true)))
                .containsExactly(0, 1, 201, 202, 208, 211, 601, 900);
    }

    @Test
    void keeps_connectors_of_the_given_countries() {
        assertThat(ids(ConnectorQuery.builder().countries(Set.of("AR")))).containsExactly(900);
        assertThat(ids(ConnectorQuery.builder().countries(Set.of("BR", "AR"))))
                .containsExactly(201, 202, 208, 211, 601, 900);
        assertThat(ids(ConnectorQuery.builder().countries(Set.of("US")))).isEmpty();
    }

    @Test
    void keeps_connectors_of_the_given_type() {
        assertThat(ids(ConnectorQuery.builder().types(Set.of(ConnectorType.BUSINESS_BANK))))
                .containsExactly(202);
    }

    @Test
    void keeps_connectors_of_any_of_several_types() {
        assertThat(ids(ConnectorQuery.builder()
                        .types(Set.of(ConnectorType.INVESTMENT, ConnectorType.BUSINESS_BANK))
                        .includeSandbox(true)))
                .containsExactly(1, 202, 208);
        assertThat(ids(ConnectorQuery.builder().types(Set.of(ConnectorType.INVOICE, ConnectorType.OTHER))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"itau", "ITAÚ", "Itau", "Itaú", "  iTaU  "})
    void matches_the_name_alike_whatever_the_case_and_accents(String name) {
        assertThat(ids(ConnectorQuery.builder().name(name))).containsExactly(201, 202, 601);
    }

    @Test
    void matches_the_name_as_a_substring() {
        assertThat(ids(ConnectorQuery.builder().name("banco do"))).containsExactly(211);
        assertThat(ids(ConnectorQuery.builder().name("BANCO   DO"))).containsExactly(211);
        assertThat(ids(ConnectorQuery.builder().name("empresas"))).containsExactly(202);
        assertThat(ids(ConnectorQuery.builder().name("nacion"))).containsExactly(900);
        assertThat(ids(ConnectorQuery.builder().name("banco"))).containsExactly(211, 900);
    }

    @Test
    void finds_nothing_for_a_name_no_connector_has() {
        assertThat(ids(ConnectorQuery.builder().name("bradesco"))).isEmpty();
    }

    @Test
    void a_name_search_does_not_find_sandbox_connectors_unless_asked() {
        assertThat(ids(ConnectorQuery.builder().name("pluggy"))).isEmpty();
        assertThat(ids(ConnectorQuery.builder().name("pluggy").includeSandbox(true)))
                .containsExactly(0, 1);
    }

    @Test
    void combines_every_filter_with_and() {
        assertThat(ids(ConnectorQuery.builder()
                        .types(Set.of(ConnectorType.PERSONAL_BANK))
                        .name("itau")
                        .openFinance(FlagFilter.ONLY_FALSE)))
                .containsExactly(201);
        assertThat(ids(ConnectorQuery.builder()
                        .countries(Set.of("BR"))
                        .types(Set.of(ConnectorType.PERSONAL_BANK))
                        .includeSandbox(true)))
                .containsExactly(0, 201, 211, 601);
        assertThat(ids(ConnectorQuery.builder()
                        .name("itau")
                        .paymentInitiation(FlagFilter.ONLY_TRUE)
                        .automaticPix(FlagFilter.ONLY_TRUE)
                        .openFinance(FlagFilter.ONLY_TRUE)))
                .containsExactly(601);
        assertThat(ids(ConnectorQuery.builder().countries(Set.of("AR")).name("itau")))
                .isEmpty();
    }

    @Test
    void answers_in_ascending_id_order_whatever_the_input_order() {
        List<Connector> shuffled = new ArrayList<>(CATALOG);
        Collections.shuffle(shuffled, new Random(42));
        List<Connector> reversed = new ArrayList<>(CATALOG);
        Collections.reverse(reversed);

        for (List<Connector> order : List.of(shuffled, reversed)) {
            assertThat(CatalogSnapshot.of(1, order)
                            .search(ConnectorQuery.builder()
                                    .includeSandbox(true)
                                    .build())
                            .results())
                    .containsExactly(
                            pluggyBank(0),
                            pluggyBankBusiness(1),
                            itau(),
                            itauEmpresas(),
                            xpInvestimentos(),
                            bancoDoBrasil(),
                            itauOpenFinance(),
                            bancoNacion());
        }
    }

    @Test
    void without_a_page_answers_every_match_as_page_one_of_one() {
        assertThat(snapshot.search(ConnectorQuery.everything()))
                .isEqualTo(new ConnectorPage(
                        1,
                        6,
                        1,
                        List.of(
                                itau(),
                                itauEmpresas(),
                                xpInvestimentos(),
                                bancoDoBrasil(),
                                itauOpenFinance(),
                                bancoNacion())));
    }

    @Test
    void without_a_page_an_empty_result_has_zero_pages() {
        assertThat(snapshot.search(ConnectorQuery.builder().name("bradesco").build()))
                .isEqualTo(new ConnectorPage(1, 0, 0, List.of()));
    }

    @Test
    void pages_of_two_split_the_matches_in_id_order() {
        assertThat(snapshot.search(paged(1, 2))).isEqualTo(new ConnectorPage(1, 6, 3, List.of(itau(), itauEmpresas())));
        assertThat(snapshot.search(paged(2, 2)))
                .isEqualTo(new ConnectorPage(2, 6, 3, List.of(xpInvestimentos(), bancoDoBrasil())));
        assertThat(snapshot.search(paged(3, 2)))
                .isEqualTo(new ConnectorPage(3, 6, 3, List.of(itauOpenFinance(), bancoNacion())));
    }

    @Test
    void the_last_page_holds_what_is_left() {
        assertThat(snapshot.search(paged(2, 4)))
                .isEqualTo(new ConnectorPage(2, 6, 2, List.of(itauOpenFinance(), bancoNacion())));
    }

    @Test
    void a_page_beyond_the_end_is_empty_but_keeps_the_total() {
        assertThat(snapshot.search(paged(4, 2))).isEqualTo(new ConnectorPage(4, 6, 3, List.of()));
        assertThat(snapshot.search(paged(Integer.MAX_VALUE, PageRequest.MAX_PAGE_SIZE)))
                .isEqualTo(new ConnectorPage(Integer.MAX_VALUE, 6, 1, List.of()));
    }

    @Test
    void a_paged_empty_result_has_zero_pages() {
        assertThat(snapshot.search(ConnectorQuery.builder()
                        .name("bradesco")
                        .page(new PageRequest(1, 20))
                        .build()))
                .isEqualTo(new ConnectorPage(1, 0, 0, List.of()));
    }

    private static ConnectorQuery paged(int page, int pageSize) {
        return ConnectorQuery.builder().page(new PageRequest(page, pageSize)).build();
    }

    /** One connector per flag with only that flag set, plus id 14 with none. */
    enum Flag {
        OPEN_FINANCE(10, ConnectorQuery.Builder::openFinance),
        PAYMENT_INITIATION(11, ConnectorQuery.Builder::paymentInitiation),
        SMART_TRANSFERS(12, ConnectorQuery.Builder::smartTransfers),
        AUTOMATIC_PIX(13, ConnectorQuery.Builder::automaticPix);

        final int connectorWithIt;
        final BiFunction<ConnectorQuery.Builder, FlagFilter, ConnectorQuery.Builder> filter;

        Flag(int connectorWithIt, BiFunction<ConnectorQuery.Builder, FlagFilter, ConnectorQuery.Builder> filter) {
            this.connectorWithIt = connectorWithIt;
            this.filter = filter;
        }
    }

    private static final CatalogSnapshot FLAGGED = CatalogSnapshot.of(
            1,
            List.of(
                    connector(10, "Open").openFinance().build(),
                    connector(11, "Initiation")
                            .capabilities(new Capabilities(true, false, false, false, false))
                            .build(),
                    connector(12, "Smart")
                            .capabilities(new Capabilities(false, false, true, false, false))
                            .build(),
                    connector(13, "Pix")
                            .capabilities(new Capabilities(false, false, false, false, true))
                            .build(),
                    connector(14, "Plain")
                            .capabilities(new Capabilities(false, true, false, true, false))
                            .build()));

    private static List<Integer> flaggedIds(Flag flag, FlagFilter filter) {
        return FLAGGED
                .search(flag.filter.apply(ConnectorQuery.builder(), filter).build())
                .results()
                .stream()
                .map(Connector::id)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(Flag.class)
    void any_does_not_filter_on_the_flag(Flag flag) {
        assertThat(flaggedIds(flag, FlagFilter.ANY)).containsExactly(10, 11, 12, 13, 14);
    }

    @ParameterizedTest
    @EnumSource(Flag.class)
    void only_true_keeps_just_the_connectors_with_the_flag(Flag flag) {
        assertThat(flaggedIds(flag, FlagFilter.ONLY_TRUE)).containsExactly(flag.connectorWithIt);
    }

    @ParameterizedTest
    @EnumSource(Flag.class)
    void only_false_keeps_just_the_connectors_without_the_flag(Flag flag) {
        List<Integer> without = new ArrayList<>(List.of(10, 11, 12, 13, 14));
        without.remove(Integer.valueOf(flag.connectorWithIt));

        assertThat(flaggedIds(flag, FlagFilter.ONLY_FALSE)).containsExactlyElementsOf(without);
    }
}

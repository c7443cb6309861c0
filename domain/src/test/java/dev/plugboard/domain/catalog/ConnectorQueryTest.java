package dev.plugboard.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.connector.ConnectorType;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorQueryTest {

    @Test
    void everything_has_no_filter_no_sandbox_and_no_page() {
        assertThat(ConnectorQuery.everything())
                .isEqualTo(new ConnectorQuery(
                        Set.of(),
                        Set.of(),
                        Optional.empty(),
                        false,
                        FlagFilter.ANY,
                        FlagFilter.ANY,
                        FlagFilter.ANY,
                        FlagFilter.ANY,
                        Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0 "})
    void a_blank_name_becomes_no_name_filter(String blank) {
        assertThat(ConnectorQuery.builder().name(blank).build().name()).isEmpty();
    }

    @Test
    void keeps_the_name_folded() {
        assertThat(ConnectorQuery.builder().name("  ITAÚ   Empresas ").build().name())
                .contains("itau empresas");
    }

    @Test
    void builder_sets_every_filter() {
        ConnectorQuery query = ConnectorQuery.builder()
                .countries(Set.of("BR"))
                .types(Set.of(ConnectorType.BUSINESS_BANK, ConnectorType.INVESTMENT))
                .name("Itaú")
                .includeSandbox(true)
                .openFinance(FlagFilter.ONLY_TRUE)
                .paymentInitiation(FlagFilter.ONLY_FALSE)
                .smartTransfers(FlagFilter.ONLY_TRUE)
                .automaticPix(FlagFilter.ONLY_FALSE)
                .page(new PageRequest(2, 10))
                .build();

        assertThat(query)
                .isEqualTo(new ConnectorQuery(
                        Set.of("BR"),
                        Set.of(ConnectorType.BUSINESS_BANK, ConnectorType.INVESTMENT),
                        Optional.of("itau"),
                        true,
                        FlagFilter.ONLY_TRUE,
                        FlagFilter.ONLY_FALSE,
                        FlagFilter.ONLY_TRUE,
                        FlagFilter.ONLY_FALSE,
                        Optional.of(new PageRequest(2, 10))));
    }

    @Test
    void a_later_builder_call_replaces_an_earlier_one() {
        ConnectorQuery query = ConnectorQuery.builder()
                .countries(Set.of("BR"))
                .countries(Set.of("AR"))
                .name("itau")
                .name("bradesco")
                .build();

        assertThat(query.countries()).containsExactly("AR");
        assertThat(query.name()).contains("bradesco");
    }

    @Test
    void copies_the_sets_it_is_given() {
        Set<String> countries = new HashSet<>(Set.of("BR"));
        ConnectorQuery query = ConnectorQuery.builder().countries(countries).build();

        countries.add("AR");

        assertThat(query.countries()).containsExactly("BR");
    }

    @Test
    void flag_filter_of_maps_true_and_false_to_only_true_and_only_false() {
        assertThat(FlagFilter.of(true)).isEqualTo(FlagFilter.ONLY_TRUE);
        assertThat(FlagFilter.of(false)).isEqualTo(FlagFilter.ONLY_FALSE);
    }
}

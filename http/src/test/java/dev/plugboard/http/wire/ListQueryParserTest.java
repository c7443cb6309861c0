package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plugboard.domain.catalog.ConnectorQuery;
import dev.plugboard.domain.catalog.FlagFilter;
import dev.plugboard.domain.catalog.PageRequest;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.http.wire.ListQueryParser.ListRequest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListQueryParserTest {
    private static final String TYPES =
            "PERSONAL_BANK, BUSINESS_BANK, INVOICE, INVESTMENT, TELECOMMUNICATION, DIGITAL_ECONOMY, PAYMENT_ACCOUNT, OTHER";

    private static ConnectorQuery query(String raw) {
        return ListQueryParser.parse(raw).query();
    }

    private static ApiException refusal(String raw) {
        return catchThrowableOfType(ApiException.class, () -> ListQueryParser.parse(raw));
    }

    private static void assertInvalid(String raw, String parameter, String value, String reason) {
        ApiException e = refusal(raw);
        assertThat(e.error()).isEqualTo(ApiError.INVALID_QUERY_PARAMETER);
        assertThat(e.getMessage()).isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message(parameter, value, reason));
    }

    @Test
    void answers_the_bare_query_with_every_live_connector_and_no_health_details() {
        assertThat(ListQueryParser.parse("")).isEqualTo(new ListRequest(ConnectorQuery.everything(), false));
        assertThat(ListQueryParser.parse(null)).isEqualTo(new ListRequest(ConnectorQuery.everything(), false));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "countries=BR,AR",
                "countries=BR%2CAR",
                "countries=BR&countries=AR",
                "countries[0]=BR&countries[1]=AR",
                "countries[]=BR&countries[]=AR",
                "countries=%5B%22BR%22%2C%22AR%22%5D",
                "countries=%5B%22BR%22%5D&countries=AR",
                "countries=br,ar",
                "countries=+BR+,+AR+",
                "countries=BR,,AR,",
            })
    void reads_countries_in_every_array_form_clients_send(String raw) {
        assertThat(query(raw))
                .isEqualTo(
                        ConnectorQuery.builder().countries(Set.of("BR", "AR")).build());
    }

    @Test
    void reads_a_single_bracketed_country() {
        assertThat(query("countries[]=BR").countries()).isEqualTo(Set.of("BR"));
    }

    @Test
    void reads_a_json_array_string_as_the_seed_sends_its_example_value() {
        assertThat(query("countries=%5B%22BR%22%5D").countries()).isEqualTo(Set.of("BR"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "types=%5B%22PERSONAL_BANK%22%2C%20%22BUSINESS_BANK%22%5D",
                "types=[%22PERSONAL_BANK%22,+%22BUSINESS_BANK%22]",
                "types=PERSONAL_BANK,BUSINESS_BANK",
                "types[0]=PERSONAL_BANK&types[1]=BUSINESS_BANK",
                "types=personal_bank&types=Business_Bank",
            })
    void reads_types_in_every_array_form_and_in_any_case(String raw) {
        assertThat(query(raw).types()).isEqualTo(Set.of(ConnectorType.PERSONAL_BANK, ConnectorType.BUSINESS_BANK));
    }

    @Test
    void leaves_sandbox_connectors_out_unless_sandbox_is_true() {
        assertThat(query("").includeSandbox()).isFalse();
        assertThat(query("sandbox=false").includeSandbox()).isFalse();
        assertThat(query("sandbox=true").includeSandbox()).isTrue();
        assertThat(query("sandbox=TRUE").includeSandbox()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"true, ONLY_TRUE", "false, ONLY_FALSE", "'', ANY"})
    void reads_each_boolean_filter_as_a_tri_state_flag(String value, FlagFilter expected) {
        ConnectorQuery q = query("isOpenFinance=" + value + "&supportsPaymentInitiation=" + value
                + "&supportsSmartTransfers=" + value + "&supportsAutomaticPix=" + value);

        assertThat(q)
                .isEqualTo(ConnectorQuery.builder()
                        .openFinance(expected)
                        .paymentInitiation(expected)
                        .smartTransfers(expected)
                        .automaticPix(expected)
                        .build());
    }

    @Test
    void sets_each_boolean_filter_independently() {
        ConnectorQuery q = query("isOpenFinance=true&supportsSmartTransfers=false");

        assertThat(q)
                .isEqualTo(ConnectorQuery.builder()
                        .openFinance(FlagFilter.ONLY_TRUE)
                        .smartTransfers(FlagFilter.ONLY_FALSE)
                        .build());
    }

    @Test
    void reads_health_details_for_the_list_and_for_a_single_connector() {
        assertThat(ListQueryParser.parse("healthDetails=true").healthDetails()).isTrue();
        assertThat(ListQueryParser.parse("healthDetails=false").healthDetails()).isFalse();
        assertThat(ListQueryParser.healthDetails(QueryString.parse("healthDetails=true")))
                .isTrue();
        assertThat(ListQueryParser.healthDetails(QueryString.parse(""))).isFalse();
    }

    @Test
    void decodes_plus_and_percent_twenty_in_the_name_to_spaces_then_folds_it() {
        assertThat(query("name=Banco+do%20Brasil").name()).isEqualTo(Optional.of("banco do brasil"));
        assertThat(query("name=Ita%C3%BA").name()).isEqualTo(Optional.of("itau"));
    }

    @Test
    void accepts_a_name_of_exactly_two_hundred_characters() {
        assertThat(query("name=" + "a".repeat(200)).name()).isEqualTo(Optional.of("a".repeat(200)));
    }

    @Test
    void defaults_the_page_size_when_only_the_page_is_sent_and_the_page_when_only_the_size_is() {
        assertThat(query("page=3").page()).isEqualTo(Optional.of(new PageRequest(3, 20)));
        assertThat(query("pageSize=50").page()).isEqualTo(Optional.of(new PageRequest(1, 50)));
        assertThat(query("page=2&pageSize=500").page()).isEqualTo(Optional.of(new PageRequest(2, 500)));
        assertThat(query("").page()).isEqualTo(Optional.empty());
    }

    @Test
    void ignores_unknown_parameters_such_as_the_legacy_include_health() {
        assertThat(ListQueryParser.parse("includeHealth=true&foo=bar&countries[x]=ZZZ"))
                .isEqualTo(new ListRequest(ConnectorQuery.everything(), false));
    }

    @Test
    void treats_empty_values_as_absent() {
        assertThat(ListQueryParser.parse(
                        "countries=&types=&name=&sandbox=&isOpenFinance=&page=&pageSize=&healthDetails="))
                .isEqualTo(new ListRequest(ConnectorQuery.everything(), false));
    }

    @Test
    void accepts_a_single_valued_parameter_sent_twice_with_the_same_value() {
        assertThat(query("sandbox=true&sandbox=true").includeSandbox()).isTrue();
    }

    @Test
    void refuses_an_unknown_type_listing_the_known_ones() {
        assertInvalid("types=PERSONAL_BANK,BANK", "types", "BANK", "a type is one of " + TYPES + ".");
    }

    @Test
    void refuses_a_country_that_is_not_two_letters() {
        assertInvalid("countries=BRA", "countries", "BRA", "a country is two letters, such as BR.");
        assertInvalid("countries=B1", "countries", "B1", "a country is two letters, such as BR.");
    }

    @Test
    void refuses_a_boolean_that_is_not_true_or_false() {
        assertInvalid("sandbox=maybe", "sandbox", "maybe", "expected true or false.");
        assertInvalid("isOpenFinance=1", "isOpenFinance", "1", "expected true or false.");
        assertInvalid("healthDetails=yes", "healthDetails", "yes", "expected true or false.");
    }

    @Test
    void refuses_a_page_or_page_size_out_of_range_or_not_a_number() {
        assertInvalid("page=0", "page", "0", "expected a whole number from 1 to 1000000.");
        assertInvalid("page=1000001", "page", "1000001", "expected a whole number from 1 to 1000000.");
        assertInvalid("page=-1", "page", "-1", "expected a whole number from 1 to 1000000.");
        assertInvalid("pageSize=10000", "pageSize", "10000", "expected a whole number from 1 to 500.");
        assertInvalid("pageSize=501", "pageSize", "501", "expected a whole number from 1 to 500.");
        assertInvalid("pageSize=abc", "pageSize", "abc", "expected a whole number from 1 to 500.");
        assertInvalid("pageSize=9999999999", "pageSize", "9999999999", "expected a whole number from 1 to 500.");
    }

    @Test
    void refuses_a_single_valued_parameter_sent_twice_with_different_values() {
        ApiException e = refusal("sandbox=true&sandbox=false");

        assertThat(e.error()).isEqualTo(ApiError.CONFLICTING_QUERY_PARAMETER);
        assertThat(e.getMessage()).isEqualTo(ApiError.CONFLICTING_QUERY_PARAMETER.message("sandbox"));
    }

    @Test
    void refuses_a_broken_percent_escape() {
        assertInvalid("name=%zz", "name", "%zz", "it has a broken percent escape.");
    }

    @Test
    void refuses_a_malformed_json_array() {
        assertInvalid("countries=[BR", "countries", "[BR", "a JSON array must look like [\"A\",\"B\"].");
        assertInvalid("countries=%5B%22BR%22", "countries", "[\"BR\"", "a JSON array must look like [\"A\",\"B\"].");
    }

    @Test
    void refuses_a_json_array_that_holds_anything_but_strings() {
        assertInvalid("countries=[1,2]", "countries", "[1,2]", "a JSON array may hold only strings.");
        assertInvalid("types=[null]", "types", "[null]", "a JSON array may hold only strings.");
    }

    @Test
    void refuses_content_after_a_json_array() {
        assertInvalid(
                "countries=%5B%22BR%22%5D,%5B%22AR%22%5D",
                "countries", "[\"BR\"],[\"AR\"]", "a JSON array must look like [\"A\",\"B\"].");
    }

    @Test
    void refuses_a_name_longer_than_two_hundred_characters_quoting_only_its_start() {
        String name = "b".repeat(201);

        ApiException e = refusal("name=" + name);

        assertThat(e.error()).isEqualTo(ApiError.INVALID_QUERY_PARAMETER);
        assertThat(e.getMessage())
                .isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message("name", name, "a name is at most 200 characters."))
                .isEqualTo("Query parameter 'name' has an invalid value '" + "b".repeat(100)
                        + "…': a name is at most 200 characters.");
    }

    @Test
    void remembers_a_well_formed_query_string_and_answers_it_again_with_the_same_request() {
        String raw = "name=remembered-" + System.nanoTime() + "&types=PERSONAL_BANK&page=2";

        ListRequest first = ListQueryParser.parse(raw);
        ListRequest again = ListQueryParser.parse(raw);

        assertThat(again).isSameAs(first);
        assertThat(again.query().types()).containsExactly(ConnectorType.PERSONAL_BANK);
        assertThat(again.query().page()).contains(new PageRequest(2, PageRequest.DEFAULT_PAGE_SIZE));
    }

    @Test
    void never_remembers_a_bad_query_string_so_it_is_refused_every_time() {
        String raw = "types=NOT_A_TYPE&n=" + System.nanoTime();

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(refusal(raw).error()).isEqualTo(ApiError.INVALID_QUERY_PARAMETER);
        }
    }

    @Test
    void does_not_remember_query_strings_longer_than_its_limit() {
        String raw = "name=banco" + "&types=PERSONAL_BANK".repeat(ListQueryParser.PARSED_MAX_LENGTH / 10);

        assertThat(ListQueryParser.parse(raw))
                .isNotSameAs(ListQueryParser.parse(raw))
                .isEqualTo(ListQueryParser.parse(raw));
        assertThat(ListQueryParser.parsedCount()).isLessThanOrEqualTo(ListQueryParser.PARSED_CAPACITY);
    }

    @Test
    void reads_a_retrieves_health_details_flag_from_its_query_string_every_time_alike() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(ListQueryParser.healthDetails("healthDetails=true")).isTrue();
            assertThat(ListQueryParser.healthDetails("healthDetails=false")).isFalse();
            assertThat(ListQueryParser.healthDetails("")).isFalse();
            assertThat(ListQueryParser.healthDetails((String) null)).isFalse();
            assertThat(catchThrowableOfType(
                                    ApiException.class, () -> ListQueryParser.healthDetails("healthDetails=maybe"))
                            .error())
                    .isEqualTo(ApiError.INVALID_QUERY_PARAMETER);
        }
    }
}

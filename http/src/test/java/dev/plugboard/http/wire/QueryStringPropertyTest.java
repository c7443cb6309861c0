package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The query-string parser on any input: it answers, or refuses with a 400 {@link ApiException};
 * nothing else escapes (which the error mapper would turn into a 500).
 */
class QueryStringPropertyTest {
    static final List<String> NAMES = List.of(
            "name",
            "types",
            "types[]",
            "types[0]",
            "countries",
            "countries[3]",
            "sandbox",
            "isOpenFinance",
            "supportsPaymentInitiation",
            "supportsSmartTransfers",
            "supportsAutomaticPix",
            "page",
            "pageSize",
            "healthDetails",
            "unknown");
    static final List<String> PIECES = List.of(
            "&",
            "=",
            "%",
            "%2",
            "%20",
            "%C3%BA",
            "%FF",
            "%E2%82",
            "%00",
            "%2C",
            "%5B",
            "%22",
            "+",
            ",",
            "[",
            "]",
            "[\"BR\"]",
            "[1]",
            "{}",
            "\"",
            "true",
            "false",
            "TRUE",
            "1",
            "0",
            "-1",
            "500",
            "501",
            "1e400",
            "999999999999",
            "BR",
            "br",
            "PERSONAL_BANK",
            "investment",
            "ITAÚ",
            "😀",
            "\u0000",
            "\ud800",
            " ",
            "\t");

    @Property(tries = 3000)
    void a_list_query_is_parsed_or_refused_with_a_400(@ForAll("queries") String query) {
        assertParsedOrRefused(() -> ListQueryParser.parse(query));
    }

    @Property(tries = 1000)
    void any_text_at_all_is_parsed_or_refused_with_a_400(@ForAll String query) {
        assertParsedOrRefused(() -> ListQueryParser.parse(query));
        assertParsedOrRefused(() -> ListQueryParser.healthDetails(QueryString.parse(query)));
    }

    @Property(tries = 1000)
    void a_value_encoded_as_browsers_do_decodes_to_itself(@ForAll("wellFormedText") String value) {
        String query = "name=" + URLEncoder.encode(value, StandardCharsets.UTF_8);

        assertThat(QueryString.parse(query).single("name")).isEqualTo(Optional.of(value));
    }

    private static void assertParsedOrRefused(Runnable parse) {
        try {
            parse.run();
        } catch (ApiException e) {
            assertThat(e.error().status()).isEqualTo(400);
        }
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> value = Arbitraries.oneOf(
                        Arbitraries.of(PIECES),
                        Arbitraries.strings().ofMaxLength(8),
                        Arbitraries.strings().ascii())
                .list()
                .ofMaxSize(6)
                .map(parts -> String.join("", parts));
        Arbitrary<String> pair = Arbitraries.oneOf(
                Arbitraries.of(NAMES).flatMap(name -> value.map(v -> name + "=" + v)), Arbitraries.of(NAMES), value);
        return pair.list().ofMaxSize(8).map(pairs -> String.join("&", pairs));
    }

    /** Text without lone surrogates, which no encoder can spell in UTF-8. */
    @Provide
    Arbitrary<String> wellFormedText() {
        return Arbitraries.strings()
                .ofMinLength(1)
                .ofMaxLength(40)
                .filter(s -> s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
    }
}

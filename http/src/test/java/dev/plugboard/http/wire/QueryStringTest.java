package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryStringTest {
    @Test
    void gathers_repeated_and_bracketed_keys_under_the_bare_name_in_order() {
        QueryString q = QueryString.parse("types=A&types[0]=B&types[]=C&types[12]=D");

        assertThat(q.all("types")).containsExactly("A", "B", "C", "D");
    }

    @Test
    void decodes_plus_and_percent_twenty_as_spaces_and_percent_escapes_as_utf8() {
        QueryString q = QueryString.parse("name=Banco+do%20Brasil&other=Ita%C3%BA");

        assertThat(q.single("name")).isEqualTo(Optional.of("Banco do Brasil"));
        assertThat(q.single("other")).isEqualTo(Optional.of("Itaú"));
    }

    @Test
    void keeps_a_key_with_a_non_numeric_index_as_it_was_sent() {
        QueryString q = QueryString.parse("types[a]=X");

        assertThat(q.all("types")).isEqualTo(List.of());
        assertThat(q.all("types[a]")).containsExactly("X");
    }

    @Test
    void answers_nothing_for_an_absent_or_empty_query() {
        assertThat(QueryString.parse(null).all("name")).isEqualTo(List.of());
        assertThat(QueryString.parse("").single("name")).isEqualTo(Optional.empty());
        assertThat(QueryString.parse("&&").single("name")).isEqualTo(Optional.empty());
    }

    @Test
    void takes_a_key_without_a_value_or_with_an_empty_value_as_absent_for_a_single_value() {
        QueryString q = QueryString.parse("sandbox&name=");

        assertThat(q.all("sandbox")).containsExactly("");
        assertThat(q.single("sandbox")).isEqualTo(Optional.empty());
        assertThat(q.single("name")).isEqualTo(Optional.empty());
    }

    @Test
    void accepts_the_same_single_value_sent_twice_and_ignores_empty_repeats() {
        QueryString q = QueryString.parse("sandbox=true&sandbox=true&sandbox=");

        assertThat(q.single("sandbox")).isEqualTo(Optional.of("true"));
    }

    @Test
    void refuses_a_single_value_sent_twice_with_different_values() {
        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> QueryString.parse("sandbox=true&sandbox=false").single("sandbox"));

        assertThat(e.error()).isEqualTo(ApiError.CONFLICTING_QUERY_PARAMETER);
        assertThat(e.getMessage()).isEqualTo(ApiError.CONFLICTING_QUERY_PARAMETER.message("sandbox"));
    }

    @Test
    void refuses_a_broken_percent_escape_naming_the_parameter_and_the_raw_value() {
        ApiException broken = catchThrowableOfType(ApiException.class, () -> QueryString.parse("name=%zz"));
        ApiException truncated = catchThrowableOfType(ApiException.class, () -> QueryString.parse("name=100%"));

        assertThat(broken.error()).isEqualTo(ApiError.INVALID_QUERY_PARAMETER);
        assertThat(broken.getMessage())
                .isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message("name", "%zz", "it has a broken percent escape."));
        assertThat(truncated.getMessage())
                .isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message("name", "100%", "it has a broken percent escape."));
    }

    @Test
    void refuses_percent_escapes_that_are_not_utf8_rather_than_searching_for_replacement_characters() {
        for (String value : List.of("%FF", "caf%C3%A9%FF", "%C0%AF", "%ED%A0%80", "%E2%82")) {
            ApiException e = catchThrowableOfType(ApiException.class, () -> QueryString.parse("name=" + value));

            assertThat(e.getMessage())
                    .as(value)
                    .isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message(
                            "name", value, "its percent escapes are not UTF-8 (ú is %C3%BA)."));
        }
    }

    @Test
    void decodes_four_byte_utf8_and_keeps_unescaped_text_around_escapes() {
        QueryString q = QueryString.parse("name=a+%F0%9F%98%80+b%2Bc&k%C3%A9y=v");

        assertThat(q.single("name")).isEqualTo(Optional.of("a 😀 b+c"));
        assertThat(q.single("kéy")).isEqualTo(Optional.of("v"));
    }
}

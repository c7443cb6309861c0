package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {
    /** {@code {"user":"<0xC3 0x28>"}}: 0xC3 starts a two-byte sequence that 0x28 does not continue. */
    private static final byte[] INVALID_UTF8 = {'{', '"', 'u', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ApiException parametersRefusal(String body) {
        return parametersRefusal(utf8(body));
    }

    private static ApiException parametersRefusal(byte[] body) {
        return catchThrowableOfType(ApiException.class, () -> JsonBodies.readParameters(body));
    }

    private static ApiException objectRefusal(String body) {
        return objectRefusal(utf8(body));
    }

    private static ApiException objectRefusal(byte[] body) {
        return catchThrowableOfType(ApiException.class, () -> JsonBodies.readObject(body));
    }

    private static void assertMalformed(ApiException e, String detail) {
        assertThat(e.error()).isEqualTo(ApiError.MALFORMED_JSON);
        assertThat(e.getMessage()).isEqualTo(ApiError.MALFORMED_JSON.message(detail));
    }

    @Test
    void keeps_string_parameters_as_they_are_in_the_order_sent() {
        Map<String, String> parameters =
                JsonBodies.readParameters(utf8("{\"user\":\"user-ok\",\"password\":\"password-ok\",\"a\":\" x \"}"));

        assertThat(parameters)
                .containsExactly(
                        Map.entry("user", "user-ok"), Map.entry("password", "password-ok"), Map.entry("a", " x "));
    }

    @Test
    void keeps_numbers_and_booleans_as_their_json_text() {
        Map<String, String> parameters = JsonBodies.readParameters(
                utf8("{\"agency\":1234,\"amount\":12.50,\"big\":1e3,\"negative\":-7,\"accept\":true,\"no\":false}"));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("agency", "1234");
        expected.put("amount", "12.50");
        expected.put("big", "1e3");
        expected.put("negative", "-7");
        expected.put("accept", "true");
        expected.put("no", "false");
        assertThat(parameters).containsExactlyEntriesOf(expected);
    }

    @Test
    void leaves_out_parameters_whose_value_is_null() {
        assertThat(JsonBodies.readParameters(utf8("{\"user\":\"user-ok\",\"token\":null}")))
                .isEqualTo(Map.of("user", "user-ok"));
    }

    @Test
    void reads_an_empty_object_as_no_parameters() {
        assertThat(JsonBodies.readParameters(utf8(" { } \n"))).isEqualTo(Map.of());
    }

    @Test
    void keeps_non_ascii_and_escaped_text() {
        assertThat(JsonBodies.readParameters(utf8("{\"nome\":\"João\",\"e\":\"\\u00e9\\\"\"}")))
                .containsExactly(Map.entry("nome", "João"), Map.entry("e", "é\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"user\":{\"name\":\"x\"}}", "{\"user\":[\"x\"]}", "{\"a\":\"b\",\"user\":[]}"})
    void refuses_an_object_or_array_value_naming_the_parameter(String body) {
        ApiException e = parametersRefusal(body);

        assertThat(e.error()).isEqualTo(ApiError.PARAMETER_NOT_A_STRING);
        assertThat(e.getMessage()).isEqualTo(ApiError.PARAMETER_NOT_A_STRING.message("user"));
    }

    @Test
    void refuses_a_parameter_sent_twice() {
        ApiException e = parametersRefusal("{\"user\":\"a\",\"user\":\"b\"}");
        ApiException afterNull = parametersRefusal("{\"user\":null,\"user\":\"b\"}");

        assertThat(e.error()).isEqualTo(ApiError.DUPLICATE_FIELD);
        assertThat(e.getMessage()).isEqualTo(ApiError.DUPLICATE_FIELD.message("user"));
        assertThat(afterNull.getMessage()).isEqualTo(ApiError.DUPLICATE_FIELD.message("user"));
    }

    @Test
    void reports_malformed_json_by_line_and_column_without_quoting_the_body() {
        ApiException e = parametersRefusal("{\"password\":\"hunter2-secret");

        assertMalformed(e, "unexpected content at line 1, column 28.");
        assertThat(e.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void reports_the_line_of_malformed_json_on_a_later_line() {
        ApiException e = parametersRefusal("{\"user\":\"user-ok\",\n \"password\": hunter2 }");

        assertMalformed(e, "unexpected content at line 2, column 22.");
        assertThat(e.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void refuses_content_after_the_object() {
        assertMalformed(parametersRefusal("{\"a\":\"b\"} x"), "unexpected content at line 1, column 12.");
        assertMalformed(parametersRefusal("{\"a\":\"b\"}{}"), "unexpected content at line 1, column 11.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"user-ok\"]", "\"user-ok\"", "1234", "true", "null", " [ {\"a\":1} ] "})
    void refuses_a_body_that_is_not_an_object(String body) {
        ApiException e = parametersRefusal(body);

        assertThat(e.error()).isEqualTo(ApiError.BODY_NOT_AN_OBJECT);
        assertThat(e.getMessage()).isEqualTo(ApiError.BODY_NOT_AN_OBJECT.message());
    }

    @Test
    void refuses_a_non_object_body_followed_by_more_content_as_malformed() {
        assertMalformed(parametersRefusal("[1] [2]"), "unexpected content at line 1, column 6.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void refuses_an_empty_body(String body) {
        assertMalformed(parametersRefusal(body), "the body is empty.");
    }

    @Test
    void refuses_bytes_that_are_not_utf8_without_quoting_them() {
        assertMalformed(parametersRefusal(INVALID_UTF8), "unexpected content at line 1, column 9.");
    }

    @Test
    void reads_a_whole_body_that_is_one_object() {
        JsonNode node = JsonBodies.readObject(utf8("{\"clientId\":\"c\",\"options\":{\"avoidDuplicates\":true}}"));

        assertThat(node.toString()).isEqualTo("{\"clientId\":\"c\",\"options\":{\"avoidDuplicates\":true}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"user-ok\"]", "\"user-ok\"", "1234", "null"})
    void refuses_a_whole_body_that_is_not_an_object(String body) {
        ApiException e = objectRefusal(body);

        assertThat(e.error()).isEqualTo(ApiError.BODY_NOT_AN_OBJECT);
        assertThat(e.getMessage()).isEqualTo(ApiError.BODY_NOT_AN_OBJECT.message());
    }

    @Test
    void refuses_a_malformed_whole_body_without_quoting_it() {
        ApiException e = objectRefusal("{\"clientSecret\":\"hunter2-secret");

        assertMalformed(e, "unexpected content at line 1, column 32.");
        assertThat(e.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void refuses_content_after_a_whole_body_object() {
        assertMalformed(objectRefusal("{\"a\":\"b\"} x"), "unexpected content at line 1, column 12.");
        assertMalformed(objectRefusal("{\"a\":\"b\"}{}"), "unexpected content at line 1, column 11.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n"})
    void refuses_an_empty_whole_body(String body) {
        assertMalformed(objectRefusal(body), "the body is empty.");
    }

    @Test
    void refuses_a_whole_body_that_is_not_utf8() {
        assertMalformed(objectRefusal(INVALID_UTF8), "unexpected content at line 1, column 9.");
    }

    @Test
    void refuses_a_whole_body_with_a_field_sent_twice() {
        ApiException e = objectRefusal("{\"clientSecret\":\"a\",\"clientSecret\":\"b\"}");

        assertThat(e.error()).isEqualTo(ApiError.DUPLICATE_FIELD);
        assertThat(e.getMessage()).isEqualTo(ApiError.DUPLICATE_FIELD.message("clientSecret"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=utf-8",
                "Application/JSON",
                " application/json ;charset=UTF-8",
                "application/vnd.api+json",
                "application/problem+json"
            })
    void recognises_json_content_types(String contentType) {
        assertThat(JsonBodies.isJson(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/json", "application/jsonp", "application/x-www-form-urlencoded", ""})
    void refuses_other_content_types(String contentType) {
        assertThat(JsonBodies.isJson(contentType)).isFalse();
    }

    @Test
    void refuses_a_missing_content_type() {
        assertThat(JsonBodies.isJson(null)).isFalse();
    }
}

package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The request-body readers (the validate body above all) on any input: they answer, or refuse
 * with a 400 {@link ApiException}; nothing else escapes.
 */
class ValidateBodyPropertyTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> PIECES = List.of(
            "{",
            "}",
            "[",
            "]",
            ":",
            ",",
            "\"",
            "\"user\"",
            "\"password\"",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"\\",
            "null",
            "true",
            "false",
            "0",
            "-0",
            "1e400",
            "-1e-400",
            "123456789012345678901234567890",
            "0.1e",
            "NaN",
            "Infinity",
            "/*",
            "*/",
            "//",
            "'",
            "\u0000",
            "\n",
            " ",
            "😀",
            "\u00ff",
            "{\"a\":",
            "[[[[");

    @Property(tries = 3000)
    void json_like_text_is_read_or_refused_with_a_400(@ForAll("jsonLike") String body) {
        assertReadOrRefused(body.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void any_bytes_at_all_are_read_or_refused_with_a_400(@ForAll byte[] body) {
        assertReadOrRefused(body);
    }

    @Property(tries = 500)
    void an_object_of_strings_reads_back_as_itself(@ForAll("parameters") Map<String, String> parameters)
            throws JsonProcessingException {
        byte[] body = JSON.writeValueAsBytes(parameters);

        assertThat(JsonBodies.readParameters(body)).isEqualTo(parameters);
    }

    private static void assertReadOrRefused(byte[] body) {
        for (Runnable read : List.<Runnable>of(
                () -> JsonBodies.readParameters(body),
                () -> JsonBodies.readObject(body),
                () -> JsonBodies.readValue(body))) {
            try {
                read.run();
            } catch (ApiException e) {
                assertThat(e.error().status()).isEqualTo(400);
            }
        }
    }

    @Provide
    Arbitrary<String> jsonLike() {
        return Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(6))
                .list()
                .ofMaxSize(25)
                .map(parts -> String.join("", parts));
    }

    /** Text without lone surrogates, which JSON written as UTF-8 cannot carry. */
    @Provide
    Arbitrary<Map<String, String>> parameters() {
        Arbitrary<String> text = Arbitraries.strings()
                .ofMaxLength(30)
                .filter(s -> s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
        return Arbitraries.maps(text, text).ofMaxSize(8);
    }
}

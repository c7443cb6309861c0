package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The access log writes its JSON strings itself: every text must come back exactly as it went in. */
class AccessLogJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String written(String text) {
        StringBuilder json = new StringBuilder();
        AccessLog.string(json, text);
        return json.toString();
    }

    @Property(tries = 2000)
    void any_text_is_read_back_by_a_json_parser_as_it_was(@ForAll String text) throws Exception {
        JsonNode read = JSON.readTree(written(text));

        assertThat(read.isTextual()).isTrue();
        assertThat(read.asText()).isEqualTo(text);
    }

    @Test
    void escapes_quotes_backslashes_and_control_characters_and_keeps_the_rest() {
        assertThat(written("/connectors/\"x\"\\y")).isEqualTo("\"/connectors/\\\"x\\\"\\\\y\"");
        assertThat(written("a\nb\rc\td\be\f")).isEqualTo("\"a\\nb\\rc\\td\\be\\f\"");
        assertThat(written("\u0000\u001f\u007f")).isEqualTo("\"\\u0000\\u001F\u007f\"");
        assertThat(written("Itaú ✓")).isEqualTo("\"Itaú ✓\"");
        assertThat(written(null)).isEqualTo("null");
    }
}

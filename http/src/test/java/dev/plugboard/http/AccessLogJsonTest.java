package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
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

    private static String time(long epochMillis) {
        StringBuilder json = new StringBuilder();
        AccessLog.time(json, epochMillis);
        return json.toString();
    }

    @Test
    void times_are_utc_to_the_millisecond_always_with_three_digits() {
        assertThat(time(Instant.parse("2026-12-04T10:15:30.250Z").toEpochMilli()))
                .isEqualTo("2026-12-04T10:15:30.250Z");
        assertThat(time(Instant.parse("2026-12-04T10:15:30Z").toEpochMilli())).isEqualTo("2026-12-04T10:15:30.000Z");
        assertThat(time(Instant.parse("2026-12-04T10:15:30.007Z").toEpochMilli()))
                .isEqualTo("2026-12-04T10:15:30.007Z");
        assertThat(time(Instant.parse("2026-12-04T10:15:30.090Z").toEpochMilli()))
                .isEqualTo("2026-12-04T10:15:30.090Z");
        // The next second after one already written, and back again: the kept second is replaced.
        assertThat(time(Instant.parse("2026-12-04T10:15:31.999Z").toEpochMilli()))
                .isEqualTo("2026-12-04T10:15:31.999Z");
        assertThat(time(Instant.parse("2026-12-04T10:15:30.001Z").toEpochMilli()))
                .isEqualTo("2026-12-04T10:15:30.001Z");
        assertThat(time(0)).isEqualTo("1970-01-01T00:00:00.000Z");
    }

    @Property(tries = 2000)
    void a_time_is_what_the_jdk_formats_to_the_millisecond(
            @ForAll @LongRange(min = 0, max = 253_402_300_799_999L) long epochMillis) {
        String expected = DateTimeFormatter.ISO_INSTANT
                .format(Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS))
                .replace("Z", String.format(".%03dZ", epochMillis % 1000));

        assertThat(time(epochMillis)).isEqualTo(expected);
        assertThat(Instant.parse(time(epochMillis)).toEpochMilli()).isEqualTo(epochMillis);
    }

    @Test
    void generated_request_ids_are_distinct_version_4_uuids() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.generate();
            java.util.UUID uuid = java.util.UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }
}

package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityTagsTest {
    private static final String TAG = "\"abc123\"";

    @ParameterizedTest(name = "If-None-Match: {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"abc123\"|true",
                "W/\"abc123\"|true",
                "*|true",
                " * |true",
                "\"other\", \"abc123\"|true",
                "\"other\",W/\"abc123\"|true",
                "\"x\" ,\t\"abc123\" , \"y\"|true",
                "\"abc12\"|false",
                "\"abc1234\"|false",
                "abc123|false",
                "\"abc123|false",
                "\"other\"|false",
                "w/\"abc123\"|false",
                "\"a,b\", \"abc123\"|true",
                "''|false",
                "\"\"|false",
            })
    void compares_the_tags_weakly_as_rfc_9110_asks_for_if_none_match(String header, boolean matches) {
        assertThat(EntityTags.noneMatchFails(header, TAG)).isEqualTo(matches);
    }

    @org.junit.jupiter.api.Test
    void no_header_matches_nothing() {
        assertThat(EntityTags.noneMatchFails(null, TAG)).isFalse();
    }
}

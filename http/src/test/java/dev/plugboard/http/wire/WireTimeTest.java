package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireTimeTest {
    @Test
    void formats_in_utc_with_exactly_three_millisecond_digits() {
        assertThat(WireTime.format(Instant.parse("2020-09-07T00:08:06.588Z"))).isEqualTo("2020-09-07T00:08:06.588Z");
        assertThat(WireTime.format(Instant.parse("2021-01-01T00:00:00Z"))).isEqualTo("2021-01-01T00:00:00.000Z");
        assertThat(WireTime.format(Instant.parse("2021-01-01T00:00:00.5Z"))).isEqualTo("2021-01-01T00:00:00.500Z");
        assertThat(WireTime.format(Instant.parse("2021-01-01T00:00:00.123987Z")))
                .isEqualTo("2021-01-01T00:00:00.123Z");
    }

    @Test
    void parses_utc_and_offset_times_to_the_same_instant() {
        assertThat(WireTime.parse("2020-09-07T00:08:06.588Z"))
                .isEqualTo(Optional.of(Instant.parse("2020-09-07T00:08:06.588Z")));
        assertThat(WireTime.parse("2020-09-06T21:08:06.588-03:00"))
                .isEqualTo(Optional.of(Instant.parse("2020-09-07T00:08:06.588Z")));
        assertThat(WireTime.parse("2020-09-07T00:08:06Z"))
                .isEqualTo(Optional.of(Instant.parse("2020-09-07T00:08:06Z")));
    }

    @Test
    void parses_nothing_from_text_that_is_not_an_iso_instant() {
        assertThat(WireTime.parse("07/09/2020")).isEqualTo(Optional.empty());
        assertThat(WireTime.parse("2020-09-07")).isEqualTo(Optional.empty());
        assertThat(WireTime.parse("2020-09-07T00:08:06.588")).isEqualTo(Optional.empty());
        assertThat(WireTime.parse("")).isEqualTo(Optional.empty());
    }
}

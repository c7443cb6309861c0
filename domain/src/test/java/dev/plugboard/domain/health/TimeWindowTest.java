package dev.plugboard.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeWindowTest {

    @ParameterizedTest
    @CsvSource({
        "2026-07-01T12:00:00Z, 2026-07-01T06:00:00Z, 2026-07-01T12:00:00Z",
        "2026-07-01T12:00:00.000000001Z, 2026-07-01T06:01:00Z, 2026-07-01T12:01:00Z",
        "2026-07-01T12:00:30Z, 2026-07-01T06:01:00Z, 2026-07-01T12:01:00Z",
        "2026-07-01T12:00:59.999Z, 2026-07-01T06:01:00Z, 2026-07-01T12:01:00Z"
    })
    void a_six_hour_window_ends_with_the_minute_holding_now(Instant now, Instant start, Instant end) {
        assertThat(TimeWindow.endingAt(now, TimeWindow.SIX_HOURS)).isEqualTo(new TimeWindow(start, end));
    }

    @Test
    void is_half_open() {
        TimeWindow window =
                new TimeWindow(Instant.parse("2026-07-01T06:00:00Z"), Instant.parse("2026-07-01T12:00:00Z"));

        assertThat(window.contains(Instant.parse("2026-07-01T06:00:00Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2026-07-01T05:59:59.999999999Z")))
                .isFalse();
        assertThat(window.contains(Instant.parse("2026-07-01T11:59:59.999999999Z")))
                .isTrue();
        assertThat(window.contains(Instant.parse("2026-07-01T12:00:00Z"))).isFalse();
        assertThat(window.length()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void windows_that_only_touch_do_not_overlap() {
        TimeWindow morning =
                new TimeWindow(Instant.parse("2026-07-01T06:00:00Z"), Instant.parse("2026-07-01T12:00:00Z"));
        TimeWindow afternoon =
                new TimeWindow(Instant.parse("2026-07-01T12:00:00Z"), Instant.parse("2026-07-01T18:00:00Z"));
        TimeWindow midday =
                new TimeWindow(Instant.parse("2026-07-01T11:00:00Z"), Instant.parse("2026-07-01T13:00:00Z"));

        assertThat(morning.overlaps(afternoon)).isFalse();
        assertThat(morning.overlaps(midday)).isTrue();
        assertThat(afternoon.overlaps(midday)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT1M", "PT1M30S", "PT0.001S"})
    void refuses_a_length_that_is_not_a_positive_whole_number_of_minutes(Duration length) {
        assertThatThrownBy(() -> TimeWindow.endingAt(Instant.parse("2026-07-01T12:00:00Z"), length))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("length must be a positive whole number of minutes: " + length);
    }

    @Test
    void refuses_an_empty_or_inverted_window() {
        Instant noon = Instant.parse("2026-07-01T12:00:00Z");

        assertThatThrownBy(() -> new TimeWindow(noon, noon))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start must be before end: 2026-07-01T12:00:00Z >= 2026-07-01T12:00:00Z");
    }
}

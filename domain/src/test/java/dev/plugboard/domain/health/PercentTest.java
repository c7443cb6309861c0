package dev.plugboard.domain.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    @ParameterizedTest
    @CsvSource({
        "2, 3, 66.67",
        "1, 3, 33.33",
        "1, 8, 12.5",
        "1, 200, 0.5",
        "1, 800, 0.13",
        "1, 1600, 0.06",
        "1, 30000, 0.0",
        "29999, 30000, 100.0",
        "8499, 10000, 84.99",
        "0, 5, 0.0",
        "5, 5, 100.0"
    })
    void rounds_to_two_decimals_half_up(long part, long whole, double expected) {
        assertThat(Percent.of(part, whole)).hasValue(expected);
    }

    @Test
    void is_empty_when_there_is_nothing_to_divide() {
        assertThat(Percent.of(0, 0)).isEmpty();
    }

    @Test
    void refuses_a_part_outside_zero_to_whole() {
        assertThatThrownBy(() -> Percent.of(6, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("part must be from 0 to whole (5): 6");
        assertThatThrownBy(() -> Percent.of(-1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("part must be from 0 to whole (5): -1");
    }
}

package dev.plugboard.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void reads_whole_seconds() {
        assertThat(RetryAfter.parse(Optional.of("60"), CLOCK)).contains(Duration.ofSeconds(60));
        assertThat(RetryAfter.parse(Optional.of(" 0 "), CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void reads_an_http_date_as_the_time_left_until_it() {
        assertThat(RetryAfter.parse(Optional.of("Thu, 15 Jan 2026 12:00:30 GMT"), CLOCK))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(Optional.of("Thu, 15 Jan 2026 11:00:00 GMT"), CLOCK))
                .contains(Duration.ZERO);
    }

    @Test
    void ignores_what_it_cannot_read() {
        assertThat(RetryAfter.parse(Optional.empty(), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("-5"), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("soon"), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("1.5"), CLOCK)).isEmpty();
    }
}

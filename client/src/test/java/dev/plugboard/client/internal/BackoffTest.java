package dev.plugboard.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void ceilings_double_from_the_initial_backoff_up_to_the_cap() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1), () -> 0.5);

        assertThat(backoff.ceiling(0)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceiling(70)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void jitter_draws_each_wait_between_half_the_ceiling_and_the_ceiling() {
        Backoff lowest = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1), () -> 0.0);
        Backoff middle = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1), () -> 0.5);
        Backoff highest = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1), () -> 0.999_999_999);

        assertThat(lowest.delay(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(middle.delay(1)).isEqualTo(Duration.ofMillis(300));
        assertThat(highest.delay(1).toMillis()).isEqualTo(399);
        assertThat(lowest.delay(9)).isEqualTo(Duration.ofMillis(500));
    }
}

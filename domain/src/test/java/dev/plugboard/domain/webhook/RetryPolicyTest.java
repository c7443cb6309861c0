package dev.plugboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void the_default_waits_ten_seconds_then_doubles_up_to_an_hour_for_twelve_attempts() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(IntStream.rangeClosed(1, 11).mapToObj(policy::delayAfter).map(Duration::toSeconds))
                .containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1280L, 2560L, 3600L, 3600L);
        assertThat(policy.retries(11)).isTrue();
        assertThat(policy.retries(12)).isFalse();
        assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_policy_needs_a_positive_first_delay_a_longer_maximum_and_one_attempt() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 1))
                .hasMessage("firstDelay must be positive: PT0S");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 1))
                .hasMessage("maxDelay must not be shorter than firstDelay: PT1S");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .hasMessage("maxAttempts must be 1 or more: 0");
    }
}

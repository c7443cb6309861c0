package dev.plugboard.http.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.http.overload.RateLimiter.Decision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

    @Test
    void a_whole_minute_may_be_spent_at_once_then_the_bucket_refills_one_request_per_interval() {
        RateLimiter limiter = new RateLimiter(3, 1_000, clock);

        assertThat(limiter.acquire("a")).isEqualTo(new Decision(true, 3, 2, 20, 0));
        assertThat(limiter.acquire("a")).isEqualTo(new Decision(true, 3, 1, 40, 0));
        assertThat(limiter.acquire("a")).isEqualTo(new Decision(true, 3, 0, 60, 0));
        assertThat(limiter.acquire("a")).isEqualTo(new Decision(false, 3, 0, 60, 20));

        clock.advance(Duration.ofSeconds(19));
        assertThat(limiter.acquire("a")).isEqualTo(new Decision(false, 3, 0, 41, 1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("a")).isEqualTo(new Decision(true, 3, 0, 60, 0));
        clock.advance(Duration.ofMinutes(5));
        assertThat(limiter.acquire("a")).isEqualTo(new Decision(true, 3, 2, 20, 0));
    }

    @Test
    void refused_requests_cost_nothing_so_a_client_that_waits_as_told_gets_through() {
        RateLimiter limiter = new RateLimiter(2, 1_000, clock);
        limiter.acquire("a");
        limiter.acquire("a");

        for (int i = 0; i < 100; i++) {
            assertThat(limiter.acquire("a").admitted()).isFalse();
        }
        Decision refused = limiter.acquire("a");
        clock.advance(Duration.ofSeconds(refused.retryAfterSeconds()));

        assertThat(refused.retryAfterSeconds()).isEqualTo(30);
        assertThat(limiter.acquire("a").admitted()).isTrue();
    }

    @Test
    void a_wait_shorter_than_a_second_is_rounded_up_to_one() {
        RateLimiter limiter = new RateLimiter(360, 1_000, clock);
        for (int i = 0; i < 360; i++) {
            assertThat(limiter.acquire("a").admitted()).as("request %d", i).isTrue();
        }

        Decision refused = limiter.acquire("a");

        assertThat(refused).isEqualTo(new Decision(false, 360, 0, 60, 1));
        clock.advance(Duration.ofMillis(167));
        assertThat(limiter.acquire("a")).isEqualTo(new Decision(true, 360, 0, 60, 0));
    }

    @Test
    void keys_do_not_share_buckets() {
        RateLimiter limiter = new RateLimiter(1, 1_000, clock);

        assertThat(limiter.acquire("a").admitted()).isTrue();
        assertThat(limiter.acquire("a").admitted()).isFalse();
        assertThat(limiter.acquire("b").admitted()).isTrue();
        assertThat(limiter.acquire("c").admitted()).isTrue();
        assertThat(limiter.acquire("b").admitted()).isFalse();
    }

    @Test
    void a_flood_of_distinct_keys_never_grows_the_map_past_its_cap() {
        RateLimiter limiter = new RateLimiter(10, 1_000, clock);

        for (int i = 0; i < 100_000; i++) {
            limiter.acquire("198.51." + (i >> 8) + "." + (i & 0xff) + "-" + i);
            assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(1_000);
        }

        // 16 segments of 62 keys, each filled by the flood
        assertThat(limiter.trackedKeys()).isEqualTo(992);
    }

    @Test
    void a_busy_key_is_not_forgotten_while_a_flood_of_others_churns_the_map() {
        RateLimiter limiter = new RateLimiter(1, 1_000, clock);
        limiter.acquire("attacker");

        for (int i = 0; i < 100_000; i++) {
            limiter.acquire("forged-" + i);
            if (i % 10 == 0) {
                assertThat(limiter.acquire("attacker").admitted())
                        .as("after %d others", i)
                        .isFalse();
            }
        }
    }

    @Test
    void the_limit_and_the_cap_must_make_sense() {
        assertThatThrownBy(() -> new RateLimiter(0, 1_000, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("perMinute must be 1 or more: 0");
        assertThatThrownBy(() -> new RateLimiter(1, 15, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxKeys must be 16 or more: 15");
    }
}

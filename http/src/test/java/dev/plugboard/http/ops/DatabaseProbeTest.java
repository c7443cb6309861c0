package dev.plugboard.http.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {
    final AtomicLong now = new AtomicLong();
    final AtomicInteger checks = new AtomicInteger();

    boolean answer(DatabaseProbe probe) throws Exception {
        return probe.reachable().get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_result_is_reused_for_one_second_then_checked_again() throws Exception {
        try (DatabaseProbe probe = new DatabaseProbe(() -> checks.incrementAndGet() > 0, now::get)) {
            assertThat(answer(probe)).isTrue();
            now.addAndGet(Duration.ofMillis(999).toNanos());
            assertThat(answer(probe)).isTrue();
            assertThat(checks).hasValue(1);

            now.addAndGet(Duration.ofMillis(2).toNanos());
            assertThat(answer(probe)).isTrue();
            assertThat(checks).hasValue(2);
        }
    }

    @Test
    void a_check_that_fails_or_throws_reports_unreachable() throws Exception {
        try (DatabaseProbe refused = new DatabaseProbe(() -> false, now::get);
                DatabaseProbe throwing = new DatabaseProbe(
                        () -> {
                            throw new java.sql.SQLException("refused", "08001");
                        },
                        now::get)) {
            assertThat(answer(refused)).isFalse();
            assertThat(answer(throwing)).isFalse();
        }
    }

    @Test
    void a_check_that_hangs_reports_unreachable_and_is_not_started_twice() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (DatabaseProbe probe = new DatabaseProbe(
                () -> {
                    checks.incrementAndGet();
                    release.await();
                    return true;
                },
                now::get)) {
            assertThat(answer(probe)).as("unreachable after the timeout").isFalse();
            now.addAndGet(Duration.ofSeconds(5).toNanos());
            assertThat(answer(probe)).isFalse();
            assertThat(checks).as("the hung check was awaited, not repeated").hasValue(1);

            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean answered = false;
            while (!answered && System.nanoTime() < deadline) {
                now.addAndGet(Duration.ofSeconds(5).toNanos());
                answered = answer(probe);
            }
            assertThat(answered)
                    .as("a new check runs once the hung one has ended")
                    .isTrue();
        }
    }
}

package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BatchedStdoutAppenderTest {
    /** Standard output as a test sees it: what reached it, and whether anyone closed it. */
    static final class Target extends ByteArrayOutputStream {
        volatile boolean closed;
        volatile int writes;

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            writes++;
            super.write(bytes, offset, length);
        }

        @Override
        public void close() {
            closed = true;
        }

        String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    private final LoggerContext context = new LoggerContext();
    private final Target target = new Target();

    private Logger logTo(BatchedStdoutAppender appender) {
        context.setMDCAdapter(new LogbackMDCAdapter());
        appender.setContext(context);
        appender.start();
        Logger logger = context.getLogger("plugboard.access");
        logger.setAdditive(false);
        logger.addAppender(appender);
        return logger;
    }

    @Test
    void gathers_lines_and_writes_them_together_when_it_stops_without_closing_standard_output() {
        BatchedStdoutAppender appender = new BatchedStdoutAppender(target, Duration.ofHours(1));
        Logger log = logTo(appender);

        log.info("{\"status\":200}");
        log.info("{\"status\":404}");
        log.info("{\"status\":304}");
        assertThat(target.text()).isEmpty();

        appender.stop();
        assertThat(target.text()).isEqualTo("{\"status\":200}\n{\"status\":404}\n{\"status\":304}\n");
        assertThat(target.writes).isEqualTo(1);
        assertThat(target.closed).isFalse();
    }

    @Test
    void writes_what_it_gathered_within_its_interval_while_running() throws InterruptedException {
        BatchedStdoutAppender appender = new BatchedStdoutAppender(target, Duration.ofMillis(20));
        Logger log = logTo(appender);

        log.info("first");
        log.info("second");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (target.text().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(target.text()).isEqualTo("first\nsecond\n");
        appender.stop();
        assertThat(target.text()).isEqualTo("first\nsecond\n");
    }

    @Test
    void writes_a_line_longer_than_its_buffer_whole_and_after_the_lines_before_it() {
        BatchedStdoutAppender appender = new BatchedStdoutAppender(target, Duration.ofHours(1));
        Logger log = logTo(appender);
        String longLine = "x".repeat(BatchedStdoutAppender.BUFFER_BYTES + 10);

        log.info("short");
        log.info(longLine);
        log.info("after");
        appender.stop();

        assertThat(target.text()).isEqualTo("short\n" + longLine + "\nafter\n");
    }

    @Test
    void lines_logged_by_many_threads_at_once_all_arrive_whole_and_in_each_threads_order() throws InterruptedException {
        BatchedStdoutAppender appender = new BatchedStdoutAppender(target, Duration.ofMillis(1));
        Logger log = logTo(appender);
        int threads = 8;
        int lines = 5_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> loggers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            loggers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < lines; i++) {
                    log.info("{\"thread\":" + thread + ",\"line\":" + i + ",\"pad\":\"" + "é".repeat(i % 40) + "\"}");
                }
            }));
        }
        start.countDown();
        for (Thread logger : loggers) {
            logger.join();
        }
        appender.stop();

        String[] written = target.text().split("\n", -1);
        assertThat(written).hasSize(threads * lines + 1);
        assertThat(written[written.length - 1]).isEmpty();
        int[] next = new int[threads];
        for (String line : Arrays.copyOf(written, written.length - 1)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "\\{\"thread\":(\\d+),\"line\":(\\d+),\"pad\":\"(é*)\"}")
                    .matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            int thread = Integer.parseInt(m.group(1));
            int i = Integer.parseInt(m.group(2));
            assertThat(i).isEqualTo(next[thread]);
            assertThat(m.group(3)).hasSize(i % 40);
            next[thread]++;
        }
        assertThat(next).containsOnly(lines);
        assertThat(target.closed).isFalse();
    }

    @Test
    void the_logging_thread_writes_itself_once_its_buffer_is_full() {
        BatchedStdoutAppender appender = new BatchedStdoutAppender(target, Duration.ofHours(1));
        Logger log = logTo(appender);
        String line = "y".repeat(999);
        int perBuffer = BatchedStdoutAppender.BUFFER_BYTES / 1000;

        for (int i = 0; i < perBuffer; i++) {
            log.info(line);
        }
        assertThat(target.writes).isZero();
        log.info(line);
        assertThat(target.writes).isEqualTo(1);
        assertThat(target.text()).isEqualTo((line + "\n").repeat(perBuffer + 1));
        appender.stop();
        assertThat(target.writes).isEqualTo(1);
    }

    @Test
    void lines_given_directly_join_the_logged_ones_in_order_and_stop_with_the_appender() {
        BatchedStdoutAppender appender = new BatchedStdoutAppender(target, Duration.ofHours(1));
        Logger log = logTo(appender);

        log.info("logged");
        appender.writeLine("{\"direct\":\"Itaú\"}");
        log.info("logged again");
        appender.stop();
        appender.writeLine("after the stop");

        assertThat(target.text()).isEqualTo("logged\n{\"direct\":\"Itaú\"}\nlogged again\n");
    }

    @Test
    void a_reused_builder_given_directly_is_copied_before_the_call_returns() {
        BatchedStdoutAppender appender = new BatchedStdoutAppender(target, Duration.ofHours(1));
        logTo(appender);
        StringBuilder line = new StringBuilder();

        for (String text : new String[] {"first", "sécond", "x".repeat(3000), "fourth"}) {
            line.setLength(0);
            appender.writeLine(line.append(text));
        }
        appender.stop();

        assertThat(target.text()).isEqualTo("first\nsécond\n" + "x".repeat(3000) + "\nfourth\n");
    }
}

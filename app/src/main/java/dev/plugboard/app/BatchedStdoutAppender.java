package dev.plugboard.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The access log's writer: each line (the event's message and a line separator) is appended to a
 * buffer by the thread that logs it, and the buffer is written to standard output at the latest
 * {@link #FLUSH_EVERY} later, by one background thread, in a single {@code write}.
 *
 * <p>Appending takes a lock that is only ever held for a copy of bytes, so the event loops never
 * wait on the terminal or pipe and never wake another thread per request. Logback's {@code
 * AsyncAppender} did both: its queue signalled its worker for every line, a {@code futex} call and
 * a context switch per request that cost more CPU than the line itself (bench/REPORT.md). When
 * {@link #BUFFER_BYTES} are waiting the logging thread writes them itself, so a blocked standard
 * output slows the server down rather than losing lines or growing memory without bound. Every line
 * is written whole (a line never straddles two writes), everything buffered is written when the
 * appender stops (Plugboard stops logging last when it exits), and standard output itself is never
 * closed.
 */
final class BatchedStdoutAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    static final Duration FLUSH_EVERY = Duration.ofMillis(25);
    static final int BUFFER_BYTES = 512 * 1024;
    private static final byte[] LINE_END = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

    private final OutputStream target;
    private final Duration flushEvery;
    /** Held while a line is copied into {@link #pending}, and while the buffers are swapped. */
    private final ReentrantLock filling = new ReentrantLock();
    /** Held for a whole write to the target, so batches reach it in the order they were filled. */
    private final ReentrantLock writing = new ReentrantLock();

    private byte[] pending = new byte[BUFFER_BYTES];
    private int pendingLength;
    /** The other buffer, empty; only touched while {@link #writing} is held. */
    private byte[] spare = new byte[BUFFER_BYTES];

    private ScheduledExecutorService flusher;

    BatchedStdoutAppender() {
        this(new FileOutputStream(FileDescriptor.out), FLUSH_EVERY);
    }

    /** @param target where the lines go; flushed, never closed */
    BatchedStdoutAppender(OutputStream target, Duration flushEvery) {
        this.target = target;
        this.flushEvery = flushEvery;
    }

    @Override
    public void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "plugboard-access-log-flush");
            thread.setDaemon(true);
            return thread;
        });
        long every = flushEvery.toNanos();
        flusher.scheduleWithFixedDelay(this::writeOut, every, every, TimeUnit.NANOSECONDS);
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        write(event.getFormattedMessage());
    }

    /**
     * Writes a line (a line separator is added) as a logging event's message would be, without
     * building the event: the access log's lines come here directly when Plugboard's own logging
     * set-up is in use ({@link LoggingSetup#directAccessLog()}). The text is copied before this
     * returns, so it may be a builder that its caller reuses. Nothing is written once stopped.
     */
    void writeLine(CharSequence text) {
        if (isStarted()) {
            write(text);
        }
    }

    private void write(CharSequence text) {
        // String.getBytes is vectorized: faster than encoding the builder char by char, and the
        // two short-lived arrays cost the young generation next to nothing.
        byte[] line = text.toString().getBytes(StandardCharsets.UTF_8);
        int length = line.length + LINE_END.length;
        boolean full;
        filling.lock();
        try {
            if (pendingLength + length > pending.length) {
                pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + length));
            }
            System.arraycopy(line, 0, pending, pendingLength, line.length);
            System.arraycopy(LINE_END, 0, pending, pendingLength + line.length, LINE_END.length);
            pendingLength += length;
            full = pendingLength >= BUFFER_BYTES;
        } finally {
            filling.unlock();
        }
        if (full) {
            writeOut();
        }
    }

    /** Writes what is waiting, if anything, in one write; the lines logged meanwhile keep filling. */
    private void writeOut() {
        writing.lock();
        try {
            byte[] batch;
            int length;
            filling.lock();
            try {
                if (pendingLength == 0) {
                    return;
                }
                batch = pending;
                length = pendingLength;
                pending = spare;
                pendingLength = 0;
            } finally {
                filling.unlock();
            }
            try {
                target.write(batch, 0, length);
                target.flush();
            } catch (IOException e) {
                addError("the access log could not be written to standard output", e);
            }
            // A buffer that grew for one long line does not stay large.
            spare = batch.length > BUFFER_BYTES ? new byte[BUFFER_BYTES] : batch;
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        super.stop();
        writeOut();
    }
}

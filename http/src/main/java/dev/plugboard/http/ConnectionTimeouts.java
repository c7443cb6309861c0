package dev.plugboard.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a connection may keep the server waiting, so that slow clients (a slowloris trickling
 * its headers a byte at a time, a body that stops half way) cannot hold connections open forever.
 *
 * @param header a connection must deliver a request's complete headers within this long of
 *     opening, and of its previous answer; otherwise it is closed
 * @param idle a connection on which nothing is read or written for this long is closed
 */
public record ConnectionTimeouts(Duration header, Duration idle) {
    public static final ConnectionTimeouts DEFAULT =
            new ConnectionTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));

    public ConnectionTimeouts {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(idle, "idle");
        if (header.toMillis() < 1) {
            throw new IllegalArgumentException("the header timeout must be at least a millisecond: " + header);
        }
        if (idle.toMillis() < 1) {
            throw new IllegalArgumentException("the idle timeout must be at least a millisecond: " + idle);
        }
    }
}

package dev.plugboard.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closes a connection that keeps the server waiting for a request's headers longer than the
 * header timeout, counted from the moment it opened or its previous answer ended. Idle timeouts
 * alone do not stop a slowloris, which sends a byte every few seconds and so is never idle.
 *
 * <p>One per event loop, and every method runs on that event loop, so the state needs no lock.
 * Connections are checked a few times per timeout rather than each holding a timer. HTTP/2
 * connections multiplex requests, so once one shows itself as HTTP/2 it is left to the idle
 * timeout.
 */
final class HeaderDeadline {
    private static final long NOT_WAITING = Long.MIN_VALUE;

    /** What one connection is doing: handling {@code current}, or waiting for headers {@code since}. */
    private static final class Connection {
        HttpServerRequest current;
        long since;
    }

    private final long timeoutNanos;
    private final Map<HttpConnection, Connection> open = new IdentityHashMap<>();

    HeaderDeadline(Vertx vertx, Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        long tick = Math.clamp(timeout.toMillis() / 4, 10, 1000);
        vertx.setPeriodic(tick, id -> closeLate());
    }

    void opened(HttpConnection connection) {
        Connection state = new Connection();
        state.since = System.nanoTime();
        open.put(connection, state);
        connection.closeHandler(v -> open.remove(connection));
    }

    /** A request's headers have all arrived: its connection is no longer waiting for them. */
    void headersArrived(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        Connection state = open.get(connection);
        if (state == null) {
            return;
        }
        if (request.version() == HttpVersion.HTTP_2) {
            open.remove(connection);
            return;
        }
        state.current = request;
        state.since = NOT_WAITING;
    }

    private void closeLate() {
        long now = System.nanoTime();
        List<HttpConnection> late = new ArrayList<>();
        open.forEach((connection, state) -> {
            if (state.since == NOT_WAITING) {
                if (state.current.response().ended()) {
                    state.since = now; // the answer is out: the next request's headers are awaited
                }
            } else if (now - state.since >= timeoutNanos) {
                late.add(connection);
            }
        });
        for (HttpConnection connection : late) {
            open.remove(connection);
            connection.close();
        }
    }
}

package dev.plugboard.app;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A scripted webhook receiver on a free loopback port: it records every request and answers each
 * with the next scripted answer (a status after a delay), then 204 once the script runs out.
 */
final class WebhookReceiver implements AutoCloseable {
    record Received(String method, Headers headers, String body) {}

    record Answer(int status, Duration delay) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers the next requests with these statuses, at once. */
    WebhookReceiver answering(int... statuses) {
        for (int status : statuses) {
            script.add(new Answer(status, Duration.ZERO));
        }
        return this;
    }

    WebhookReceiver answeringAfter(Duration delay, int status) {
        script.add(new Answer(status, delay));
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders(), body));
            Answer answer = script.poll();
            if (answer == null) {
                answer = new Answer(204, Duration.ZERO);
            }
            Thread.sleep(answer.delay());
            exchange.sendResponseHeaders(answer.status(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.plugboard.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * An HTTP/1.1 server on a raw socket that answers each request with the next reply of its script
 * (or, when the script is used up, with its responder), so tests can make it do what no real
 * server does on demand: rate-limit, fail in a storm, reset the connection, cut a body short or
 * send it slowly. One request per connection; it records every request it reads.
 */
final class ScriptedServer implements AutoCloseable {
    /** What the server does with one request's connection. */
    @FunctionalInterface
    interface Reply {
        void write(Socket socket) throws IOException, InterruptedException;
    }

    /** A request as it arrived: method, target (path and query), headers (lower-case names), body. */
    record Request(String method, String target, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private final ServerSocket server;
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<Request, Reply> responder =
            request -> json(500, "{\"message\":\"the script has no reply for " + request.target() + "\"}");

    private ScriptedServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("scripted-server").start(this::acceptLoop);
    }

    static ScriptedServer start() {
        try {
            return new ScriptedServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on the loopback interface", e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Queues replies, used one per request in order. */
    ScriptedServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Answers every request the script does not cover. */
    ScriptedServer otherwise(Function<Request, Reply> responder) {
        this.responder = responder;
        return this;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<String> targets() {
        return requests().stream().map(r -> r.method() + " " + r.target()).toList();
    }

    static Reply json(int status, String body, String... headerPairs) {
        return socket -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            writeHead(socket.getOutputStream(), status, bytes.length, headerPairs);
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        };
    }

    /** Announces the whole body's length but sends only {@code sent} bytes, then closes. */
    static Reply truncated(int status, String body, int sent) {
        return socket -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            writeHead(socket.getOutputStream(), status, bytes.length);
            socket.getOutputStream().write(bytes, 0, sent);
            socket.getOutputStream().flush();
        };
    }

    /** Sends the head and the first half of the body, waits {@code pause}, then sends the rest. */
    static Reply slowBody(String body, Duration pause) {
        return socket -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            writeHead(out, 200, bytes.length);
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            Thread.sleep(pause);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
            out.flush();
        };
    }

    /** Waits {@code pause} before answering at all. */
    static Reply delayed(Duration pause, Reply reply) {
        return socket -> {
            Thread.sleep(pause);
            reply.write(socket);
        };
    }

    /**
     * Resets the connection (TCP RST) in the middle of the status line. (A reset before the first
     * byte of an answer would be retried once by the JDK's HTTP client itself, as a stale
     * connection, which would double the requests a test counts.)
     */
    static Reply reset() {
        return socket -> {
            socket.getOutputStream().write("HTTP/1.1 2".getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.setSoLinger(true, 0);
        };
    }

    private static void writeHead(OutputStream out, int status, int length, String... headerPairs) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " Scripted\r\n");
        head.append("Content-Type: application/json; charset=utf-8\r\n");
        head.append("Content-Length: ").append(length).append("\r\n");
        head.append("Connection: close\r\n");
        for (int i = 0; i < headerPairs.length; i += 2) {
            head.append(headerPairs[i]).append(": ").append(headerPairs[i + 1]).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            Request request = read(new BufferedInputStream(socket.getInputStream()));
            requests.add(request);
            Reply reply = script.poll();
            (reply == null ? responder.apply(request) : reply).write(socket);
        } catch (SocketException e) {
            // The client went away (it timed out, or the test is over): nothing left to answer.
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        String[] parts = requestLine.split(" ");
        return new Request(parts[0], parts[1], headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new SocketException("the connection closed mid-request");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing a listening socket twice or after an error leaves nothing to do
        }
        synchronized (open) {
            for (Socket socket : open) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // already gone
                }
            }
        }
    }
}

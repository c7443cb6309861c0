package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slow and silent clients are disconnected, so they cannot hold the server's connections: a
 * request's headers must arrive within the header timeout, and a connection on which nothing
 * moves is closed after the idle timeout. The server here has short timeouts; the tests only
 * wait for the disconnection, with a generous bound, and never time the server.
 */
class SlowClientTest {
    static final ConnectionTimeouts SHORT = new ConnectionTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));
    /** Far beyond both timeouts: a connection still open after this was not closed. */
    static final int GENEROUS_MILLIS = 15_000;

    static TestServer server;
    static String healthyAnswer;

    @BeforeAll
    static void start() {
        server = new TestServer(SHORT);
        healthyAnswer = normalRequest().body();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_connection_that_sends_nothing_is_closed() throws IOException {
        try (Socket silent = connect()) {
            assertClosedByTheServer(silent);
        }
    }

    @Test
    void slowloris_connections_trickling_their_headers_are_closed_while_other_clients_are_served() throws Exception {
        List<Socket> slowloris = new ArrayList<>();
        try (ExecutorService tricklers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                Socket socket = connect();
                slowloris.add(socket);
                tricklers.submit(() -> trickle(socket, "GET /connectors/2 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
            }
            for (int i = 0; i < 5; i++) {
                RawHttp.Response response = normalRequest();
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(healthyAnswer);
            }
            for (Socket socket : slowloris) {
                assertClosedByTheServer(socket);
                socket.close();
            }
        }
        assertThat(normalRequest().body()).isEqualTo(healthyAnswer);
    }

    @Test
    void a_kept_alive_connection_that_trickles_its_next_request_is_closed() throws Exception {
        try (Socket socket = connect();
                ExecutorService trickler = Executors.newVirtualThreadPerTaskExecutor()) {
            socket.getOutputStream().write(request("/connectors/2"));
            RawHttp.Response first = RawHttp.read(socket.getInputStream());
            trickler.submit(() -> trickle(socket, "GET /connectors/2 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));

            assertThat(first.status()).isEqualTo(200);
            assertClosedByTheServer(socket);
        }
    }

    @Test
    void a_body_that_stops_half_way_is_closed_by_the_idle_timeout() throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream()
                    .write(("POST /connectors/2/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + server.apiKey
                                    + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"user\":")
                            .getBytes(StandardCharsets.ISO_8859_1));

            assertClosedByTheServer(socket);
        }
        assertThat(normalRequest().body()).isEqualTo(healthyAnswer);
    }

    @Test
    void a_client_that_sends_its_headers_in_pieces_within_the_timeout_is_answered() throws Exception {
        byte[] request = request("/connectors/2");
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            int third = request.length / 3;
            out.write(request, 0, third);
            Thread.sleep(20);
            out.write(request, third, third);
            Thread.sleep(20);
            out.write(request, 2 * third, request.length - 2 * third);

            RawHttp.Response response = RawHttp.read(socket.getInputStream());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(healthyAnswer);
        }
    }

    @Test
    void a_kept_alive_connection_serves_requests_one_after_another() throws Exception {
        try (Socket socket = connect()) {
            for (int i = 0; i < 3; i++) {
                socket.getOutputStream().write(request("/connectors/2"));

                RawHttp.Response response = RawHttp.read(socket.getInputStream());

                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(healthyAnswer);
            }
        }
    }

    /** Sends {@code head} and then one more header byte every 100 ms, until the server hangs up. */
    private static Void trickle(Socket socket, String head) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < GENEROUS_MILLIS / 100; i++) {
                out.write('a');
                out.flush();
                Thread.sleep(100);
            }
        } catch (IOException e) {
            // the server hung up: what the test waits for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** The server closes the connection (without answering) before the generous bound. */
    private static void assertClosedByTheServer(Socket socket) throws IOException {
        socket.setSoTimeout(GENEROUS_MILLIS);
        InputStream in = socket.getInputStream();
        try {
            int read = in.read();
            assertThat(read).as("the server sent bytes instead of closing").isEqualTo(-1);
        } catch (SocketTimeoutException e) {
            fail("the server kept the connection open for " + GENEROUS_MILLIS + " ms");
        } catch (SocketException e) {
            // reset by the server: closed too
        }
    }

    private static Socket connect() {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", server.server.port()), GENEROUS_MILLIS);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] request(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + server.apiKey + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** On a connection of its own, so no kept-alive connection the server may close is reused. */
    private static RawHttp.Response normalRequest() {
        return RawHttp.exchange(server.server.port(), request("/connectors/2"));
    }
}

package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.http.overload.LimitSettings;
import dev.plugboard.http.overload.MutableClock;
import dev.plugboard.http.overload.OverloadStats;
import dev.plugboard.http.overload.TrustedProxies;
import dev.plugboard.http.wire.ApiError;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests are held in a slow "database" (application lookups wait for a latch), so the server is
 * busy for as long as the test wants; the request that finds it too busy is refused at once.
 */
class LoadSheddingTest {
    static final String OVERLOADED = "{\"code\":503,\"codeDescription\":\"SERVICE_UNAVAILABLE\",\"message\":\""
            + ApiError.OVERLOADED.message() + "\"}";

    final HttpClient client = HttpClient.newHttpClient();
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.store.release();
            server.close();
        }
    }

    private void start(int maxInFlight, int maxQueuedWork) {
        server = new TestServer(
                new LimitSettings(0, 0, 0, maxInFlight, maxQueuedWork, TrustedProxies.NONE), Clock.systemUTC());
    }

    private CompletableFuture<HttpResponse<String>> authInBackground() {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/auth"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\""
                        + server.app.application().clientId() + "\",\"clientSecret\":\""
                        + server.app.clientSecret().reveal() + "\"}"))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void awaitValue(IntSupplier value, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (value.getAsInt() != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(value.getAsInt()).isEqualTo(expected);
    }

    @Test
    void past_max_in_flight_a_request_gets_a_503_at_once_and_the_held_ones_finish_normally() throws Exception {
        start(2, 0);
        OverloadStats stats = server.server.overload();
        server.store.hold();
        CompletableFuture<HttpResponse<String>> first = authInBackground();
        CompletableFuture<HttpResponse<String>> second = authInBackground();
        awaitValue(stats::inFlight, 2);

        HttpResponse<String> shed = server.get("/connectors/2");
        HttpResponse<String> probe = server.get("/health/live");

        assertThat(shed.statusCode()).isEqualTo(503);
        assertThat(shed.body()).isEqualTo(OVERLOADED);
        assertThat(shed.headers().firstValue("Retry-After")).contains("1");
        assertThat(probe.statusCode()).as("operational paths are never shed").isEqualTo(200);
        assertThat(probe.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(first).isNotDone();
        assertThat(second).isNotDone();

        server.store.release();

        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(first.get().body()).startsWith("{\"apiKey\":\"");
        assertThat(second.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        awaitValue(stats::inFlight, 0);
        assertThat(server.get("/connectors/2").statusCode()).isEqualTo(200);
        assertThat(stats.shed(OverloadStats.Shed.IN_FLIGHT)).isEqualTo(1);
        assertThat(stats.shed(OverloadStats.Shed.QUEUED_WORK)).isZero();
    }

    @Test
    void past_max_queued_work_database_requests_get_a_503_while_reads_from_memory_are_answered() throws Exception {
        start(0, 1);
        OverloadStats stats = server.server.overload();
        server.store.hold();
        CompletableFuture<HttpResponse<String>> held = authInBackground();
        awaitValue(stats::queuedWork, 1);

        HttpResponse<String> shed = authInBackground().get(10, TimeUnit.SECONDS);
        HttpResponse<String> read = server.get("/connectors/2");

        assertThat(shed.statusCode()).isEqualTo(503);
        assertThat(shed.body()).isEqualTo(OVERLOADED);
        assertThat(shed.headers().firstValue("Retry-After")).contains("1");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(held).isNotDone();

        server.store.release();

        assertThat(held.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        awaitValue(stats::queuedWork, 0);
        assertThat(authInBackground().get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(stats.shed(OverloadStats.Shed.QUEUED_WORK)).isEqualTo(1);
    }

    @Test
    void a_client_that_hangs_up_while_its_request_is_worked_on_is_no_longer_counted_in_flight() throws Exception {
        start(1, 0);
        OverloadStats stats = server.server.overload();
        server.store.hold();
        String body = "{\"clientId\":\"" + server.app.application().clientId() + "\",\"clientSecret\":\"x\"}";

        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            send(
                    socket,
                    "POST /auth HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + "Content-Length: "
                            + body.length() + "\r\n\r\n" + body);
            awaitValue(stats::inFlight, 1);
            assertThat(server.get("/connectors/2").statusCode()).isEqualTo(503);
        }

        awaitValue(stats::inFlight, 0);
        assertThat(stats.queuedWork())
                .as("the abandoned work still occupies its worker")
                .isEqualTo(1);
        assertThat(server.get("/connectors/2").statusCode()).isEqualTo(200);
        server.store.release();
        awaitValue(stats::queuedWork, 0);
    }

    @Test
    void a_client_sending_its_body_slowly_holds_no_place_in_flight() throws Exception {
        server = new TestServer(
                new LimitSettings(0, 1000, 0, 1, 0, TrustedProxies.NONE),
                new MutableClock(Instant.parse("2026-12-04T10:00:00Z")));

        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            send(
                    socket,
                    "POST /auth HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100\r\n\r\n{\"clientId\":");
            // the per-address count (the clock stands still) shows when the slow request has arrived
            int sent = 0;
            HttpResponse<String> read;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            do {
                read = server.get("/connectors/2");
                sent++;
                assertThat(read.statusCode()).isEqualTo(200);
            } while (!read.headers()
                            .firstValue("RateLimit-Remaining")
                            .orElseThrow()
                            .equals(String.valueOf(999 - sent))
                    && System.nanoTime() < deadline);

            assertThat(read.headers().firstValue("RateLimit-Remaining")).contains(String.valueOf(999 - sent));
            assertThat(server.server.overload().inFlight()).isZero();
        }
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Test
    void by_default_the_caps_grow_with_the_cores() {
        assertThat(LimitSettings.defaults(2))
                .isEqualTo(new LimitSettings(360, 12_000, 6_000, 256, 64, TrustedProxies.NONE));
        assertThat(LimitSettings.defaults(8).maxInFlight()).isEqualTo(1024);
        assertThat(LimitSettings.defaults(8).maxQueuedWork()).isEqualTo(256);
    }
}

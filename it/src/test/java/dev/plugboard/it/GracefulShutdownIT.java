package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plugboard serve} as a real process, stopped with SIGTERM while a request is in flight
 * (its body only half sent): it stops accepting connections at once, finishes that request, writes
 * out its access-log line and exits with status 0; a request held past the grace is cut off and
 * the exit status is still 0. The process runs with the production logging configuration.
 */
class GracefulShutdownIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern CLIENT_ID = Pattern.compile("clientId: +(\\S+)");
    static final Pattern CLIENT_SECRET = Pattern.compile("clientSecret: +(\\S+)");
    static final String BODY = "{\"user\":\"user-ok\",\"password\":\"password-ok\"}";

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    record Server(Process process, int port, Path out, Path err) {}

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void sigterm_refuses_new_connections_finishes_the_request_in_flight_and_exits_0() throws Exception {
        Server server = start(Map.of());
        String apiKey = apiKey(server);

        try (Socket held = new Socket("127.0.0.1", server.port())) {
            OutputStream out = held.getOutputStream();
            out.write(head(server, apiKey, "held-request").getBytes(StandardCharsets.UTF_8));
            out.write(BODY.substring(0, 10).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);

            server.process().destroy();
            awaitText(server.err(), "stopping: no new connections");
            awaitRefused(server.port());
            assertThat(server.process().isAlive())
                    .as("still running while a request is in flight")
                    .isTrue();

            out.write(BODY.substring(10).getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = readAnswer(held.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n");
            assertThat(answer)
                    .endsWith(
                            "\r\n\r\n{\"parameters\":{\"user\":\"user-ok\",\"password\":\"********\"},\"errors\":[]}");
        }

        assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(server.process().exitValue()).isZero();
        List<JsonNode> access = accessLines(server.out());
        assertThat(access)
                .as("the held request's line was written out before the exit")
                .anySatisfy(line -> {
                    assertThat(line.get("requestId").asText()).isEqualTo("held-request");
                    assertThat(line.get("route").asText()).isEqualTo("/connectors/{id}/validate");
                    assertThat(line.get("status").asInt()).isEqualTo(200);
                });
        assertThat(Files.readString(server.err())).contains("INFO  d.p.app.ServeCommand - stopped");
    }

    @Test
    void a_request_held_past_the_grace_is_cut_off_and_the_exit_status_is_still_0() throws Exception {
        Server server = start(Map.of("PLUGBOARD_SHUTDOWN_GRACE_SECONDS", "1"));
        String apiKey = apiKey(server);

        try (Socket held = new Socket("127.0.0.1", server.port())) {
            held.setSoTimeout(30_000);
            OutputStream out = held.getOutputStream();
            out.write(head(server, apiKey, "never-finished").getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);

            server.process().destroy();

            assertThat(server.process().waitFor(30, TimeUnit.SECONDS))
                    .as("exited")
                    .isTrue();
            assertThat(server.process().exitValue()).isZero();
            assertThat(readAnswer(held.getInputStream()))
                    .as("no answer, the connection closed")
                    .isEmpty();
        }
        assertThat(accessLines(server.out()))
                .as("logged with status 0: closed before an answer")
                .anySatisfy(line -> {
                    assertThat(line.get("requestId").asText()).isEqualTo("never-finished");
                    assertThat(line.get("route").asText()).isEqualTo("/connectors/{id}/validate");
                    assertThat(line.get("status").asInt()).isZero();
                });
    }

    @Test
    void a_second_sigterm_stops_at_once_with_status_1() throws Exception {
        Server server = start(Map.of("PLUGBOARD_SHUTDOWN_GRACE_SECONDS", "300"));
        String apiKey = apiKey(server);

        try (Socket held = new Socket("127.0.0.1", server.port())) {
            held.getOutputStream().write(head(server, apiKey, "held-forever").getBytes(StandardCharsets.UTF_8));
            held.getOutputStream().flush();
            Thread.sleep(300);

            server.process().destroy();
            awaitText(server.err(), "stopping: no new connections");
            server.process().destroy();

            assertThat(server.process().waitFor(30, TimeUnit.SECONDS))
                    .as("exited long before the 300 s grace")
                    .isTrue();
            assertThat(server.process().exitValue()).isEqualTo(1);
            assertThat(Files.readString(server.err()))
                    .contains("plugboard: stopping at once; requests still in flight are cut off");
        }
    }

    private static String head(Server server, String apiKey, String requestId) {
        return "POST /connectors/2/validate HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + server.port() + "\r\n"
                + "X-API-KEY: " + apiKey + "\r\n"
                + "X-Request-Id: " + requestId + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + BODY.length() + "\r\n\r\n";
    }

    /** Everything the server sends until it closes the connection (the answer, or nothing). */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
                String text = received.toString(StandardCharsets.UTF_8);
                Matcher length =
                        Pattern.compile("(?i)content-length: (\\d+)\r\n").matcher(text);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0 && length.find() && text.length() >= end + 4 + Integer.parseInt(length.group(1))) {
                    return text;
                }
            }
        } catch (java.net.SocketException reset) {
            // the server closed the connection without an answer
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private static void awaitRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                Thread.sleep(50);
            } catch (IOException refused) {
                break;
            }
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
                .as("new connections are refused")
                .isInstanceOf(ConnectException.class);
    }

    private static void awaitText(Path file, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.readString(file).contains(text)) {
            assertThat(System.nanoTime())
                    .as("'" + text + "' in " + Files.readString(file))
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<JsonNode> accessLines(Path out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private String apiKey(Server server) throws Exception {
        String output = Files.readString(server.out());
        Matcher id = CLIENT_ID.matcher(output);
        Matcher secret = CLIENT_SECRET.matcher(output);
        assertThat(id.find() && secret.find()).as(output).isTrue();
        HttpResponse<String> auth;
        try (HttpClient http = HttpClient.newHttpClient()) {
            auth = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/auth"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"" + id.group(1)
                                    + "\",\"clientSecret\":\"" + secret.group(1) + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return JSON.readTree(auth.body()).get("apiKey").asText();
    }

    /**
     * Starts {@code plugboard serve} in a new JVM from the packaged jar, so with the production
     * logging (the test class path's logback-test.xml would replace it), and waits until it listens.
     */
    private Server start(Map<String, String> environment) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path out = Files.createTempFile(dir, "plugboard", ".out");
        Path err = Files.createTempFile(dir, "plugboard", ".err");
        Path jar = Path.of(System.getProperty("plugboard.repo.dir"), "app/target/plugboard.jar");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        jar.toString(),
                        "dev.plugboard.app.PlugboardCli",
                        "serve",
                        "--port",
                        String.valueOf(port),
                        "--data-dir",
                        dir.resolve("data").toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        processes.add(process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        // A first start: the welcome ends with the default application's secret.
        while (!Files.readString(out).contains("clientSecret:")) {
            assertThat(process.isAlive()).as(Files.readString(err)).isTrue();
            assertThat(System.nanoTime())
                    .as("started within 30 s: " + Files.readString(err))
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        return new Server(process, port, out, err);
    }
}

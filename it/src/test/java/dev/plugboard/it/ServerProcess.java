package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.app.PlugboardCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code plugboard serve} in its own JVM, as an operator runs it: for tests that kill a server,
 * restart it, or run several on one database. The classpath is this test's, so the code is the
 * reactor's.
 */
final class ServerProcess implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final Process process;
    final int port;
    final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a server on {@code dataDir} with {@code environment} added to its own, on a free port,
     * and waits (at most 60 s) until it listens. Its output goes to {@code log}.
     */
    static ServerProcess start(Path dataDir, Path log, Map<String, String> environment) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.plugboard.app.PlugboardCli",
                        "serve",
                        "--port",
                        String.valueOf(port),
                        "--data-dir",
                        dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long listening = Files.exists(log) ? Files.readString(log).split("Plugboard is listening", -1).length : 0;
        while (Files.readString(log).split("Plugboard is listening", -1).length == listening) {
            assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
            assertThat(System.nanoTime())
                    .as("started within 60 s: " + Files.readString(log))
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        return new ServerProcess(process, port, log);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Ends it at once, as a crash or {@code kill -9} would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /**
     * Runs a CLI command in this JVM with {@code environment}; answers the {@code *_CLIENT_ID} and
     * {@code *_CLIENT_SECRET} it printed with {@code --format env}.
     */
    static String[] createClient(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PlugboardCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        assertThat(status).as(out + "\n" + err).isZero();
        Matcher id = Pattern.compile("_CLIENT_ID=(\\S+)").matcher(out.toString());
        Matcher secret = Pattern.compile("_CLIENT_SECRET=(\\S+)").matcher(out.toString());
        assertThat(id.find() && secret.find()).as(out.toString()).isTrue();
        return new String[] {id.group(1), secret.group(1)};
    }

    /** An API key for a client from {@link #createClient}. */
    String apiKey(String[] client) throws Exception {
        HttpResponse<String> auth = send(HttpRequest.newBuilder(URI.create(url("/auth")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\":\"" + client[0] + "\",\"clientSecret\":\"" + client[1] + "\"}"))
                .build());
        assertThat(auth.statusCode()).as(auth.body()).isEqualTo(200);
        return JSON.readTree(auth.body()).get("apiKey").asText();
    }

    HttpResponse<String> get(String path, String key) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("X-API-KEY", key)
                .build());
    }

    JsonNode getJson(String path, String key) throws IOException {
        HttpResponse<String> response = get(path, key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> post(String path, String key, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("X-API-KEY", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

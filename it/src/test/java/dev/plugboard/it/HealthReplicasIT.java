package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.plugboard.app.PlugboardCli;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code plugboard serve} processes on one real PostgreSQL: executions reported to one are in
 * the other's health within the documented five seconds, and the status change they cause is
 * recorded once, not once per replica.
 */
class HealthReplicasIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    static EmbeddedPostgres postgres;
    static Map<String, String> environment;
    static final List<Process> processes = new ArrayList<>();

    record Server(int port, Path log) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE health");
        }
        environment =
                Map.of("PLUGBOARD_DB_URL", postgres.getJdbcUrl("postgres", "health"), "PLUGBOARD_DB_USER", "postgres");
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process process : processes) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        postgres.close();
    }

    /** Starts {@code plugboard serve} on the shared database in a new JVM; waits until it listens. */
    static Server start(String name) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDir = Files.createDirectories(dir.resolve(name));
        Path log = dir.resolve(name + ".log");
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
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        processes.add(process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("Plugboard is listening")) {
            assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
            assertThat(System.nanoTime())
                    .as("started within 60 s: " + Files.readString(log))
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        return new Server(port, log);
    }

    /** Creates a client with the CLI on the shared database; answers its id and secret. */
    static String[] create(String... args) {
        StringWriter out = new StringWriter();
        int status = PlugboardCli.execute(
                args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), environment);
        assertThat(status).as(out.toString()).isZero();
        Matcher id = Pattern.compile("_CLIENT_ID=(\\S+)").matcher(out.toString());
        Matcher secret = Pattern.compile("_CLIENT_SECRET=(\\S+)").matcher(out.toString());
        assertThat(id.find() && secret.find()).as(out.toString()).isTrue();
        return new String[] {id.group(1), secret.group(1)};
    }

    static String apiKey(Server server, String[] client) throws Exception {
        HttpResponse<String> auth = send(HttpRequest.newBuilder(URI.create(server.url("/auth")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\":\"" + client[0] + "\",\"clientSecret\":\"" + client[1] + "\"}"))
                .build());
        assertThat(auth.statusCode()).as(auth.body()).isEqualTo(200);
        return JSON.readTree(auth.body()).get("apiKey").asText();
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode get(Server server, String path, String key) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("X-API-KEY", key)
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void executions_sent_to_one_replica_show_in_the_others_health_and_the_change_is_recorded_once() throws Exception {
        Server a = start("a");
        Server b = start("b");
        String[] app = create("apps", "create", "--name", "bank app", "--format", "env");
        String[] reporter = create("operators", "create", "--role", "ingest", "--name", "reporter", "--format", "env");
        String ingestKey = apiKey(a, reporter);
        String appKeyAtB = apiKey(b, app);
        assertThat(get(b, "/connectors/201?healthDetails=true", appKeyAtB)
                        .get("health")
                        .get("status")
                        .asText())
                .isEqualTo("ONLINE");

        Instant finished = Instant.now().minusSeconds(10);
        ArrayNode batch = JSON.createArrayNode();
        for (int i = 0; i < 20; i++) {
            batch.addObject()
                    .put("id", UUID.randomUUID().toString())
                    .put("connectorId", 201)
                    .put("clientId", app[0])
                    .put("status", i < 4 ? "SUCCESS" : "CONNECTION_ERROR")
                    .put("startedAt", finished.minusSeconds(30).toString())
                    .put("finishedAt", finished.toString());
        }
        HttpResponse<String> sent = send(HttpRequest.newBuilder(URI.create(a.url("/executions")))
                .header("X-API-KEY", ingestKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString()))
                .build());
        long sentAt = System.nanoTime();
        assertThat(sent.body()).isEqualTo("{\"accepted\":20,\"duplicates\":0}");

        JsonNode health;
        do {
            health = get(b, "/connectors/201?healthDetails=true", appKeyAtB).get("health");
            Thread.sleep(50);
        } while (!health.get("status").asText().equals("OFFLINE")
                && System.nanoTime() - sentAt < Duration.ofSeconds(15).toNanos());
        Duration took = Duration.ofNanos(System.nanoTime() - sentAt);

        assertThat(health.get("status").asText()).isEqualTo("OFFLINE");
        assertThat(took).as("seen by the other replica after %s", took).isLessThan(Duration.ofSeconds(5));
        JsonNode details = health.get("details");
        assertThat(details.get("connectionRateLast6Hours").asDouble()).isEqualTo(20.0);
        assertThat(details.get("connectionsLast6Hours").asLong()).isEqualTo(20);
        assertThat(details.get("sampleSize").asLong()).isEqualTo(20);

        String appKeyAtA = apiKey(a, app);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!get(a, "/connectors/201", appKeyAtA)
                        .get("health")
                        .get("status")
                        .asText()
                        .equals("OFFLINE")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        JsonNode historyA = get(a, "/connectors/201/health/history", appKeyAtA);
        JsonNode historyB = get(b, "/connectors/201/health/history", appKeyAtB);
        assertThat(historyA.get("status").asText()).isEqualTo("OFFLINE");
        assertThat(historyA.get("changes"))
                .as("one change, whichever replica recorded it")
                .hasSize(1);
        assertThat(historyA.get("changes")).isEqualTo(historyB.get("changes"));
        assertThat(historyA.get("changes").get(0).get("to").asText()).isEqualTo("OFFLINE");
    }
}

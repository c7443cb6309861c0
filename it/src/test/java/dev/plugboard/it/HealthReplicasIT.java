package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
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

    @TempDir
    static Path dir;

    static EmbeddedPostgres postgres;
    static Map<String, String> environment;
    static final List<ServerProcess> servers = new ArrayList<>();

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
        for (ServerProcess server : servers) {
            server.close();
        }
        postgres.close();
    }

    static ServerProcess start(String name) throws Exception {
        ServerProcess server = ServerProcess.start(
                Files.createDirectories(dir.resolve(name)), dir.resolve(name + ".log"), environment);
        servers.add(server);
        return server;
    }

    static String[] create(String... args) {
        return ServerProcess.createClient(environment, args);
    }

    static JsonNode get(ServerProcess server, String path, String key) throws Exception {
        return server.getJson(path, key);
    }

    @Test
    void executions_sent_to_one_replica_show_in_the_others_health_and_the_change_is_recorded_once() throws Exception {
        ServerProcess a = start("a");
        ServerProcess b = start("b");
        String[] app = create("apps", "create", "--name", "bank app", "--format", "env");
        String[] reporter = create("operators", "create", "--role", "ingest", "--name", "reporter", "--format", "env");
        String ingestKey = a.apiKey(reporter);
        String appKeyAtB = b.apiKey(app);
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
        HttpResponse<String> sent = a.post("/executions", ingestKey, batch.toString());
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

        String appKeyAtA = a.apiKey(app);
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

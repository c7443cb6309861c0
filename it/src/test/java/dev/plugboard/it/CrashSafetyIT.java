package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server killed with {@code SIGKILL} while it imports a catalog and ingests a stream of
 * executions: after a restart the catalog is exactly the old one or exactly the new one, and
 * every execution batch it acknowledged is there. On SQLite (WAL, synchronous FULL) and on
 * PostgreSQL.
 */
class CrashSafetyIT {
    static final int BATCH = 50;
    static final int ADDED = 2000;

    @TempDir
    static Path dir;

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE crash");
        }
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    static Map<String, String> environment(String database) {
        return database.equals("postgresql")
                ? Map.of("PLUGBOARD_DB_URL", postgres.getJdbcUrl("postgres", "crash"), "PLUGBOARD_DB_USER", "postgres")
                : Map.of();
    }

    /** Every connector's id and name, as the administration API exports them. */
    static Map<Integer, String> names(JsonNode catalog) {
        Map<Integer, String> names = new TreeMap<>();
        catalog.forEach(c -> names.put(c.get("id").asInt(), c.get("name").asText()));
        return names;
    }

    /** The served catalog with every name changed and {@value #ADDED} connectors added. */
    static ArrayNode edited(JsonNode old) {
        ArrayNode catalog = ServerProcess.JSON.createArrayNode();
        for (JsonNode connector : old) {
            catalog.add(((ObjectNode) connector.deepCopy())
                    .put("name", connector.get("name").asText() + " (novo)"));
        }
        JsonNode template = old.get(0);
        for (int i = 0; i < ADDED; i++) {
            ObjectNode added = (ObjectNode) template.deepCopy();
            catalog.add(added.put("id", 100_000 + i).put("name", "Banco de Teste " + i));
        }
        return catalog;
    }

    static String batch() {
        ArrayNode batch = ServerProcess.JSON.createArrayNode();
        Instant finished = Instant.now().minusSeconds(5);
        for (int i = 0; i < BATCH; i++) {
            batch.addObject()
                    .put("id", UUID.randomUUID().toString())
                    .put("connectorId", 201)
                    .put("clientId", "aaaaaaaa-0000-4000-8000-000000000001")
                    .put("status", i % 5 == 0 ? "CONNECTION_ERROR" : "SUCCESS")
                    .put("startedAt", finished.minusSeconds(20).toString())
                    .put("finishedAt", finished.toString());
        }
        return batch.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void a_kill_during_an_import_and_ingestion_loses_nothing_acknowledged_and_leaves_no_half_catalog(String database)
            throws Exception {
        Path dataDir = Files.createDirectories(dir.resolve(database));
        Path log = dir.resolve(database + ".log");
        Map<String, String> environment = environment(database);
        String[] ingest;
        String[] admin;
        Map<Integer, String> before;
        ArrayNode next;
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicReference<HttpResponse<String>> importAnswer = new AtomicReference<>();
        long killDelay = java.util.concurrent.ThreadLocalRandom.current().nextLong(200, 2500);
        try (ServerProcess server = ServerProcess.start(dataDir, log, environment)) {
            ingest = ServerProcess.createClient(
                    environment,
                    "operators",
                    "create",
                    "--role",
                    "ingest",
                    "--name",
                    "reporter",
                    "--format",
                    "env",
                    "--data-dir",
                    dataDir.toString());
            admin = ServerProcess.createClient(
                    environment,
                    "operators",
                    "create",
                    "--role",
                    "admin",
                    "--name",
                    "ops",
                    "--format",
                    "env",
                    "--data-dir",
                    dataDir.toString());
            String ingestKey = server.apiKey(ingest);
            String adminKey = server.apiKey(admin);
            JsonNode exported = server.getJson("/admin/catalog/export", adminKey);
            before = names(exported);
            next = edited(exported);

            AtomicBoolean going = new AtomicBoolean(true);
            CompletableFuture<Void> ingester = CompletableFuture.runAsync(() -> {
                while (going.get()) {
                    String batch = batch();
                    try {
                        HttpResponse<String> answer = server.post("/executions", ingestKey, batch);
                        if (answer.statusCode() == 200) {
                            acknowledged.add(batch);
                        }
                    } catch (RuntimeException e) {
                        return; // the server is gone
                    }
                }
            });
            while (acknowledged.size() < 5) {
                Thread.sleep(10);
            }
            CompletableFuture<Void> importer = CompletableFuture.runAsync(() -> {
                try {
                    importAnswer.set(server.post("/admin/catalog/import", adminKey, next.toString()));
                } catch (RuntimeException e) {
                    // killed before it answered
                }
            });
            // Where the kill lands varies from run to run (parsing, validating, writing, answered);
            // what must hold does not, and the outcome is printed.
            Thread.sleep(killDelay);
            server.kill();
            going.set(false);
            ingester.join();
            importer.join();
        }

        try (ServerProcess restarted = ServerProcess.start(dataDir, log, environment)) {
            String adminKey = restarted.apiKey(admin);
            String ingestKey = restarted.apiKey(ingest);
            Map<Integer, String> after = names(restarted.getJson("/admin/catalog/export", adminKey));
            Map<Integer, String> imported = names(next);
            System.out.printf(
                    "%s, killed %d ms into the import: it answered %s; after the crash the catalog is %s;"
                            + " %d batches acknowledged%n",
                    database,
                    killDelay,
                    importAnswer.get() == null ? "nothing" : importAnswer.get().statusCode(),
                    after.equals(before) ? "the old one" : after.equals(imported) ? "the new one" : "neither",
                    acknowledged.size());

            if (importAnswer.get() != null && importAnswer.get().statusCode() == 200) {
                assertThat(after).as("an acknowledged import survives").isEqualTo(imported);
            } else {
                assertThat(after)
                        .as("the catalog after the crash is the old one or the new one, whole")
                        .satisfiesAnyOf(
                                catalog -> assertThat(catalog).isEqualTo(before),
                                catalog -> assertThat(catalog).isEqualTo(imported));
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(5);
            for (String batch : acknowledged) {
                assertThat(restarted.post("/executions", ingestKey, batch).body())
                        .as("every acknowledged execution is stored, so its repeat is a duplicate")
                        .isEqualTo("{\"accepted\":0,\"duplicates\":" + BATCH + "}");
            }
        }
    }
}

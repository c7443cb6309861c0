package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.app.ConfigLoader;
import dev.plugboard.app.Plugboard;
import dev.plugboard.app.PlugboardCli;
import dev.plugboard.app.PlugboardConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of Plugboard on one real PostgreSQL, started at the same time: they seed the
 * catalog once, share applications and signing keys, serve a change made through the other within
 * two seconds, and never serve a half-applied import.
 */
class ReplicasIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dirA;

    @TempDir
    static Path dirB;

    static EmbeddedPostgres postgres;
    static Plugboard replicaA;
    static Plugboard replicaB;
    static Map<String, String> environment;
    static String jdbcUrl;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        postgres = EmbeddedPostgres.start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE replicas");
        }
        jdbcUrl = postgres.getJdbcUrl("postgres", "replicas");
        environment = Map.of("PLUGBOARD_DB_URL", jdbcUrl, "PLUGBOARD_DB_USER", "postgres");
        CompletableFuture<Plugboard> a = CompletableFuture.supplyAsync(() -> start(dirA));
        CompletableFuture<Plugboard> b = CompletableFuture.supplyAsync(() -> start(dirB));
        replicaA = a.join();
        replicaB = b.join();
    }

    static Plugboard start(Path dataDir) {
        PlugboardConfig config =
                ConfigLoader.load(Optional.empty(), environment, Map.of("port", "0", "data-dir", dataDir.toString()));
        return Plugboard.start(config, Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        if (replicaA != null) {
            replicaA.close();
        }
        if (replicaB != null) {
            replicaB.close();
        }
        postgres.close();
    }

    static String url(Plugboard replica, String path) {
        return "http://127.0.0.1:" + replica.port() + path;
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String apiKey(Plugboard replica, String clientId, String secret) throws Exception {
        HttpResponse<String> auth = send(HttpRequest.newBuilder(URI.create(url(replica, "/auth")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\":\"" + clientId + "\",\"clientSecret\":\"" + secret + "\"}"))
                .build());
        assertThat(auth.statusCode()).as(auth.body()).isEqualTo(200);
        return JSON.readTree(auth.body()).get("apiKey").asText();
    }

    /** An admin operator created with the CLI on the shared database. */
    static String adminKey(Plugboard replica) throws Exception {
        StringWriter out = new StringWriter();
        int status = PlugboardCli.execute(
                new String[] {"operators", "create", "--role", "admin", "--name", "ops", "--format", "env"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                environment);
        assertThat(status).isZero();
        Matcher id = Pattern.compile("PLUGBOARD_CLIENT_ID=(\\S+)").matcher(out.toString());
        Matcher secret = Pattern.compile("PLUGBOARD_CLIENT_SECRET=(\\S+)").matcher(out.toString());
        assertThat(id.find() && secret.find()).isTrue();
        return apiKey(replica, id.group(1), secret.group(1));
    }

    static HttpResponse<String> get(Plugboard replica, String path, String key) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(replica, path)))
                .header("X-API-KEY", key)
                .build());
    }

    @Test
    void the_catalog_was_seeded_once_and_one_application_was_created_by_the_first_start() {
        assertThat(replicaA.defaultApplication().isPresent()
                        ^ replicaB.defaultApplication().isPresent())
                .as("exactly one replica seeded and created the default application")
                .isTrue();
    }

    @Test
    void a_key_issued_by_one_replica_is_accepted_by_the_other() throws Exception {
        var app = replicaA.defaultApplication()
                .or(() -> replicaB.defaultApplication())
                .orElseThrow();
        String key = apiKey(
                replicaA,
                app.application().clientId().toString(),
                app.clientSecret().reveal());

        assertThat(get(replicaB, "/connectors/2", key).statusCode()).isEqualTo(200);
    }

    @Test
    void a_change_through_one_replica_is_served_by_the_other_within_two_seconds() throws Exception {
        String admin = adminKey(replicaA);
        HttpResponse<String> current = get(replicaA, "/admin/connectors/211", admin);
        String etag = current.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> patched = send(HttpRequest.newBuilder(URI.create(url(replicaA, "/admin/connectors/211")))
                .header("X-API-KEY", admin)
                .header("Content-Type", "application/merge-patch+json")
                .header("If-Match", etag)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"Banco do Brasil S.A.\"}"))
                .build());
        long changedAt = System.nanoTime();
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

        String name = "";
        while (!name.equals("Banco do Brasil S.A.")
                && System.nanoTime() - changedAt < Duration.ofSeconds(5).toNanos()) {
            name = JSON.readTree(get(replicaB, "/connectors/211", admin).body())
                    .get("name")
                    .asText();
            Thread.sleep(20);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - changedAt);
        assertThat(name).isEqualTo("Banco do Brasil S.A.");
        assertThat(took).as("served by the other replica after %s", took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void readers_of_both_replicas_see_the_old_catalog_or_the_new_one_never_a_mix() throws Exception {
        String admin = adminKey(replicaA);
        ArrayNode exported = (ArrayNode)
                JSON.readTree(get(replicaA, "/admin/catalog/export", admin).body());
        ArrayNode renamed = JSON.createArrayNode();
        exported.forEach(connector -> renamed.add(((ObjectNode) connector.deepCopy())
                .put("name", connector.get("name").asText() + " (v2)")));
        AtomicBoolean importing = new AtomicBoolean(true);
        Set<String> kinds = ConcurrentHashMap.newKeySet();
        List<String> mixed = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<CompletableFuture<Integer>> readers = new ArrayList<>();
        for (Plugboard replica : List.of(replicaA, replicaB, replicaA, replicaB)) {
            readers.add(CompletableFuture.supplyAsync(() -> read(replica, admin, importing, kinds, mixed)));
        }
        Thread.sleep(300);

        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(url(replicaA, "/admin/catalog/import")))
                .header("X-API-KEY", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(renamed.toString()))
                .build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        Thread.sleep(2_000);
        importing.set(false);
        int responses = readers.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(mixed).as("responses mixing the two catalogs").isEmpty();
        assertThat(kinds).containsExactlyInAnyOrder("old", "new");
        assertThat(responses).isGreaterThan(20);
        for (Plugboard replica : List.of(replicaA, replicaB)) {
            assertThat(JSON.readTree(get(replica, "/connectors/201", admin).body())
                            .get("name")
                            .asText())
                    .isEqualTo("Itaú (v2)");
        }
    }

    /** Lists the catalog until told to stop; records whether each answer was all old or all new. */
    private static int read(Plugboard replica, String key, AtomicBoolean going, Set<String> kinds, List<String> mixed) {
        int count = 0;
        try {
            while (going.get()) {
                JsonNode results = JSON.readTree(
                                get(replica, "/connectors?sandbox=true", key).body())
                        .get("results");
                long renamed = 0;
                for (JsonNode connector : results) {
                    if (connector.get("name").asText().endsWith(" (v2)")) {
                        renamed++;
                    }
                }
                if (renamed == 0) {
                    kinds.add("old");
                } else if (renamed == results.size()) {
                    kinds.add("new");
                } else {
                    mixed.add(renamed + " of " + results.size() + " renamed");
                }
                count++;
            }
        } catch (Exception e) {
            mixed.add("failed: " + e);
        }
        return count;
    }
}

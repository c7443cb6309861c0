package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.app.ConfigLoader;
import dev.plugboard.app.Plugboard;
import dev.plugboard.app.PlugboardCli;
import dev.plugboard.app.PlugboardConfig;
import dev.plugboard.http.wire.ApiError;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away while Plugboard runs (a relay in front of a real PostgreSQL is cut) and
 * comes back: meanwhile connectors are still listed, retrieved and validated from memory, every
 * request that needs the database gets a 503 {@code DATABASE_UNAVAILABLE}, and readiness reports
 * not ready; once it is back, readiness and writes recover without a restart.
 */
class DatabaseOutageIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String UNAVAILABLE = "{\"code\":503,\"codeDescription\":\"DATABASE_UNAVAILABLE\",\"message\":\""
            + ApiError.DATABASE_UNAVAILABLE.message() + "\"}";

    @TempDir
    Path dataDir;

    EmbeddedPostgres postgres;
    CuttableProxy relay;
    Plugboard plugboard;
    Map<String, String> environment;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        postgres = EmbeddedPostgres.start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE outage");
        }
        relay = CuttableProxy.to(postgres.getPort());
        environment = Map.of(
                "PLUGBOARD_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + relay.port() + "/outage",
                "PLUGBOARD_DB_USER",
                "postgres");
        PlugboardConfig config =
                ConfigLoader.load(Optional.empty(), environment, Map.of("port", "0", "data-dir", dataDir.toString()));
        plugboard = Plugboard.start(config, Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        if (plugboard != null) {
            plugboard.close();
        }
        relay.close();
        postgres.close();
    }

    @Test
    void reads_go_on_writes_get_a_503_readiness_fails_and_everything_recovers_when_the_database_returns()
            throws Exception {
        var app = plugboard.defaultApplication().orElseThrow();
        String auth = "{\"clientId\":\"" + app.application().clientId() + "\",\"clientSecret\":\""
                + app.clientSecret().reveal() + "\"}";
        String appKey =
                JSON.readTree(post("/auth", null, auth).body()).get("apiKey").asText();
        String adminKey = operatorKey("admin");
        String ingestKey = operatorKey("ingest");
        assertThat(get("/health/ready", null).statusCode()).isEqualTo(200);

        relay.cut();

        HttpResponse<String> list = get("/connectors", appKey);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body()).get("total").asInt()).isEqualTo(58);
        assertThat(get("/connectors/201", appKey).statusCode()).isEqualTo(200);
        assertThat(post("/connectors/2/validate", appKey, "{\"user\":\"user-ok\",\"password\":\"password-ok\"}")
                        .body())
                .isEqualTo("{\"parameters\":{\"user\":\"user-ok\",\"password\":\"********\"},\"errors\":[]}");
        List<CompletableFuture<HttpResponse<String>>> writes = List.of(
                async(() -> post("/executions", ingestKey, executions())),
                async(() -> createConnector(adminKey)),
                async(() -> post("/webhooks", appKey, webhook())),
                async(() -> post("/auth", null, auth)));
        for (CompletableFuture<HttpResponse<String>> write : writes) {
            HttpResponse<String> refused = write.get(30, TimeUnit.SECONDS);
            assertThat(refused.statusCode()).as(refused.uri().getPath()).isEqualTo(503);
            assertThat(refused.body()).isEqualTo(UNAVAILABLE);
            assertThat(refused.headers().firstValue("Retry-After")).contains("5");
        }
        HttpResponse<String> notReady = awaitReady(503);
        assertThat(JSON.readTree(notReady.body())
                        .path("checks")
                        .path("database")
                        .path("status")
                        .asText())
                .isEqualTo("DOWN");
        assertThat(get("/health/live", null).statusCode()).isEqualTo(200);

        relay.restore();

        awaitReady(200);
        HttpResponse<String> ingested = post("/executions", ingestKey, executions());
        assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(200);
        assertThat(ingested.body()).isEqualTo("{\"accepted\":1,\"duplicates\":0}");
        HttpResponse<String> created = createConnector(adminKey);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(get("/connectors/990", appKey).statusCode()).isEqualTo(200);
        assertThat(post("/webhooks", appKey, webhook()).statusCode()).isEqualTo(201);
        assertThat(post("/auth", null, auth).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> awaitReady(int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> ready = get("/health/ready", null);
        while (ready.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
            ready = get("/health/ready", null);
        }
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(status);
        return ready;
    }

    private String executions() {
        Instant finished = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        return "[{\"id\":\"" + UUID.randomUUID() + "\",\"connectorId\":201,\"clientId\":\""
                + plugboard.defaultApplication().orElseThrow().application().clientId()
                + "\",\"status\":\"SUCCESS\",\"startedAt\":\"" + finished.minusSeconds(30) + "\",\"finishedAt\":\""
                + finished + "\"}]";
    }

    private static String webhook() {
        return "{\"event\":\"connector/status_updated\",\"url\":\"https://hooks.example.com/" + UUID.randomUUID()
                + "\"}";
    }

    private HttpResponse<String> createConnector(String adminKey) throws Exception {
        String connector = "{\"id\":990,\"name\":\"Banco Novo\",\"primaryColor\":\"0A7B83\","
                + "\"institutionUrl\":\"https://banco-novo.example\",\"country\":\"BR\",\"type\":\"PERSONAL_BANK\","
                + "\"credentials\":[{\"label\":\"CPF\",\"name\":\"cpf\",\"type\":\"number\",\"placeholder\":\"\"}],"
                + "\"imageUrl\":\"https://cdn.example/990.svg\",\"products\":[\"ACCOUNTS\"]}";
        return http.send(
                HttpRequest.newBuilder(uri("/admin/connectors/990"))
                        .header("X-API-KEY", adminKey)
                        .header("Content-Type", "application/json")
                        .header("If-None-Match", "*")
                        .PUT(HttpRequest.BodyPublishers.ofString(connector))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An operator created with the CLI on the database (directly, not through the relay). */
    private String operatorKey(String role) throws Exception {
        StringWriter out = new StringWriter();
        int status = PlugboardCli.execute(
                new String[] {"operators", "create", "--role", role, "--name", role, "--format", "env"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                Map.of(
                        "PLUGBOARD_DB_URL",
                        postgres.getJdbcUrl("postgres", "outage"),
                        "PLUGBOARD_DB_USER",
                        "postgres",
                        "PLUGBOARD_DATA_DIR",
                        dataDir.toString()));
        assertThat(status).isZero();
        Matcher id = Pattern.compile("PLUGBOARD_CLIENT_ID=(\\S+)").matcher(out.toString());
        Matcher secret = Pattern.compile("PLUGBOARD_CLIENT_SECRET=(\\S+)").matcher(out.toString());
        assertThat(id.find() && secret.find()).as(out.toString()).isTrue();
        HttpResponse<String> auth = post(
                "/auth", null, "{\"clientId\":\"" + id.group(1) + "\",\"clientSecret\":\"" + secret.group(1) + "\"}");
        JsonNode key = JSON.readTree(auth.body()).get("apiKey");
        assertThat(key).as(auth.body()).isNotNull();
        return key.asText();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + plugboard.port() + path);
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (key != null) {
            request.header("X-API-KEY", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("X-API-KEY", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static CompletableFuture<HttpResponse<String>> async(Call call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.send();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

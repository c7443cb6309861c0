package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plugboard simulate} against a running server: what it sends, and the health that follows. */
class SimulateCommandIT {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    record Run(int status, String out, String err) {}

    Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PlugboardCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Run(status, out.toString(), err.toString());
    }

    Plugboard start() {
        return Plugboard.start(
                ConfigLoader.load(
                        Optional.empty(),
                        Map.of(),
                        Map.of("port", "0", "data-dir", dataDir.toString(), "health-refresh-seconds", "1")),
                Clock.systemUTC());
    }

    /** An ingest operator's keys, as {@code operators create --format env} prints them. */
    Map<String, String> ingestKeys() {
        Run created = run(
                Map.of(),
                "operators",
                "create",
                "--role",
                "ingest",
                "--name",
                "simulator",
                "--format",
                "env",
                "--data-dir",
                dataDir.toString());
        assertThat(created.status()).as(created.err()).isZero();
        Map<String, String> environment = new HashMap<>();
        Matcher line = Pattern.compile("export (\\w+)=(\\S+)").matcher(created.out());
        while (line.find()) {
            environment.put(line.group(1), line.group(2));
        }
        assertThat(environment).containsOnlyKeys("PLUGBOARD_CLIENT_ID", "PLUGBOARD_CLIENT_SECRET");
        return environment;
    }

    JsonNode get(Plugboard plugboard, String apiKey, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plugboard.port() + path))
                        .header("X-API-KEY", apiKey)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    String apiKey(Plugboard plugboard, String clientId, String secret) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plugboard.port() + "/auth"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                                .put("clientId", clientId)
                                .put("clientSecret", secret)
                                .toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("apiKey").asText();
    }

    /** The connector's health once the server's refresh has shown {@code status}; at most 10 s. */
    JsonNode healthOnce(Plugboard plugboard, String apiKey, int id, String status) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode health;
        do {
            health = get(plugboard, apiKey, "/connectors/" + id + "?healthDetails=true")
                    .get("health");
            if (health.get("status").asText().equals(status)) {
                return health;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return health;
    }

    @Test
    void sends_the_mix_asked_for_each_connector_as_the_client_named_and_the_health_follows() throws Exception {
        try (Plugboard plugboard = start()) {
            var app = plugboard.defaultApplication().orElseThrow();
            String appId = app.application().clientId().toString();
            Map<String, String> keys = ingestKeys();

            Run simulated = run(
                    keys,
                    "simulate",
                    "--server",
                    "http://127.0.0.1:" + plugboard.port(),
                    "--connector",
                    "201=CONNECTION_ERROR:1",
                    "--connector",
                    "211=SUCCESS:3,INVALID_CREDENTIALS:1",
                    "--rate",
                    "30",
                    "--count",
                    "30",
                    "--client",
                    appId,
                    "--seed",
                    "7",
                    "--no-watch");

            assertThat(simulated.err()).isEmpty();
            assertThat(simulated.status()).isZero();
            String[] lines = simulated.out().split("\n");
            assertThat(lines).hasSize(4);
            assertThat(lines[0])
                    .isEqualTo("Sending to http://127.0.0.1:" + plugboard.port() + " for 201, 211 as client " + appId
                            + ".");
            assertThat(lines[1]).matches("\\d\\d:\\d\\d:\\d\\d  sent 60 \\(accepted 60, duplicates 0\\)");
            assertThat(lines[2]).isEqualTo("Connector 201: sent 30 (CONNECTION_ERROR 30).");
            assertThat(lines[3]).matches("Connector 211: sent 30 \\(SUCCESS (\\d+), INVALID_CREDENTIALS (\\d+)\\)\\.");

            String appKey = apiKey(plugboard, appId, app.clientSecret().reveal());
            JsonNode failing = healthOnce(plugboard, appKey, 201, "OFFLINE");
            assertThat(failing.get("status").asText()).isEqualTo("OFFLINE");
            assertThat(failing.get("details").get("connectionRateLast6Hours").asDouble())
                    .isEqualTo(0.0);
            assertThat(failing.get("details").get("connectionsLast6Hours").asLong())
                    .as("the executions were the default application's")
                    .isEqualTo(30);
            assertThat(failing.get("details").get("sampleSize").asLong()).isEqualTo(30);
            JsonNode healthy =
                    get(plugboard, appKey, "/connectors/211?healthDetails=true").get("health");
            assertThat(healthy.get("status").asText()).isEqualTo("ONLINE");
            assertThat(healthy.get("details").get("connectionRateLast6Hours").asDouble())
                    .as("user errors are not the connector's failures")
                    .isEqualTo(100.0);
            assertThat(healthy.get("details").get("outcomes").get("userError").asLong()
                            + healthy.get("details")
                                    .get("outcomes")
                                    .get("success")
                                    .asLong())
                    .isEqualTo(30);
        }
    }

    @Test
    void refuses_a_mix_with_an_unknown_status_before_sending_anything() {
        Run refused = run(
                Map.of(),
                "simulate",
                "--server",
                "http://127.0.0.1:9",
                "--connector",
                "201",
                "--mix",
                "SUCCESS:9,TIMEOUT:1");

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err())
                .startsWith("--mix: 'TIMEOUT:1' is not STATUS:WEIGHT with STATUS one of SUCCESS, PARTIAL_SUCCESS,");
    }

    @Test
    void without_an_operators_keys_says_how_to_make_one() {
        Run refused = run(Map.of(), "simulate", "--server", "http://127.0.0.1:9", "--connector", "201");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err())
                .isEqualTo("plugboard: --server needs an ingest operator's keys in PLUGBOARD_CLIENT_ID and"
                        + " PLUGBOARD_CLIENT_SECRET (create one with: plugboard operators create --role ingest"
                        + " --name me --format env)\n");
    }
}

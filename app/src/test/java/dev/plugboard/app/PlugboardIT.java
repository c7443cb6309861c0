package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole application on a real SQLite file: first start, restarts, and the CLI beside it. */
class PlugboardIT {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    PlugboardConfig config() {
        return ConfigLoader.load(Optional.empty(), Map.of(), Map.of("port", "0", "data-dir", dataDir.toString()));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> auth(Plugboard plugboard, String clientId, String secret) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plugboard.port() + "/auth"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\":\"" + clientId + "\",\"clientSecret\":\"" + secret + "\"}"))
                .build());
    }

    HttpResponse<String> get(Plugboard plugboard, String path, String apiKey) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plugboard.port() + path))
                .header("X-API-KEY", apiKey)
                .build());
    }

    @Test
    void the_first_start_creates_a_default_application_and_prints_it_once() throws Exception {
        String apiKey;
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try (Plugboard plugboard = Plugboard.start(config(), Clock.systemUTC())) {
            plugboard.printWelcome(
                    config().withPort(plugboard.port()), new PrintStream(first, true, StandardCharsets.UTF_8));
            var app = plugboard.defaultApplication().orElseThrow();
            assertThat(first.toString(StandardCharsets.UTF_8))
                    .isEqualTo("Plugboard is listening on http://127.0.0.1:" + plugboard.port() + "\n"
                            + "First start: created the application 'default'. Its secret is shown only now:\n"
                            + "  clientId:     " + app.application().clientId() + "\n"
                            + "  clientSecret: " + app.clientSecret().reveal() + "\n");
            HttpResponse<String> auth = auth(
                    plugboard,
                    app.application().clientId().toString(),
                    app.clientSecret().reveal());
            assertThat(auth.statusCode()).isEqualTo(200);
            apiKey = JSON.readTree(auth.body()).get("apiKey").asText();
        }

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (Plugboard plugboard = Plugboard.start(config(), Clock.systemUTC())) {
            plugboard.printWelcome(config(), new PrintStream(second, true, StandardCharsets.UTF_8));
            assertThat(plugboard.defaultApplication()).isEmpty();
            assertThat(second.toString(StandardCharsets.UTF_8))
                    .isEqualTo("Plugboard is listening on http://127.0.0.1:" + plugboard.port() + "\n");
            assertThat(get(plugboard, "/connectors/2", apiKey).statusCode())
                    .as("a key issued before the restart still works: the signing key was kept")
                    .isEqualTo(200);
        }
    }

    @Test
    void the_signing_key_lives_in_the_database_not_in_a_file() throws Exception {
        try (Plugboard ignored = Plugboard.start(config(), Clock.systemUTC())) {
            assertThat(dataDir.resolve(SigningKeyStore.LEGACY_FILE_NAME)).doesNotExist();
            long keys = Jdbi.create("jdbc:sqlite:" + dataDir.resolve("plugboard.db"))
                    .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM signing_keys WHERE retired_at IS NULL")
                            .mapTo(Long.class)
                            .one());
            assertThat(keys).isEqualTo(1);
        }
    }

    @Test
    void a_rotated_key_signs_new_tokens_within_seconds_while_old_tokens_keep_working() throws Exception {
        try (Plugboard plugboard = Plugboard.start(config(), Clock.systemUTC())) {
            var app = plugboard.defaultApplication().orElseThrow();
            String before = JSON.readTree(auth(
                                    plugboard,
                                    app.application().clientId().toString(),
                                    app.clientSecret().reveal())
                            .body())
                    .get("apiKey")
                    .asText();

            StringWriter out = new StringWriter();
            int status = PlugboardCli.execute(
                    new String[] {"keys", "rotate", "--data-dir", dataDir.toString()},
                    new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true),
                    Map.of());
            assertThat(status).isZero();
            assertThat(out.toString()).startsWith("Rotated the signing key: new tokens are signed with key ");

            String after = before;
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(8);
            while (keyId(after).equals(keyId(before)) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                after = JSON.readTree(auth(
                                        plugboard,
                                        app.application().clientId().toString(),
                                        app.clientSecret().reveal())
                                .body())
                        .get("apiKey")
                        .asText();
            }
            assertThat(keyId(after))
                    .as("a new key signs within the sync interval")
                    .isNotEqualTo(keyId(before));
            assertThat(get(plugboard, "/connectors/2", before).statusCode()).isEqualTo(200);
            assertThat(get(plugboard, "/connectors/2", after).statusCode()).isEqualTo(200);
        }
    }

    private static String keyId(String jwt) throws Exception {
        String header =
                new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
        return JSON.readTree(header).get("kid").asText();
    }

    @Test
    void the_database_is_the_source_of_truth_after_the_first_start() throws Exception {
        Plugboard.start(config(), Clock.systemUTC()).close();
        Jdbi.create("jdbc:sqlite:" + dataDir.resolve("plugboard.db"))
                .useHandle(h -> h.execute("UPDATE connectors SET name = 'Itaú Unibanco' WHERE id = 201"));

        try (Plugboard plugboard = Plugboard.start(config(), Clock.systemUTC())) {
            String apiKey = apiKeyOfANewApp(plugboard);
            assertThat(JSON.readTree(get(plugboard, "/connectors/201", apiKey).body())
                            .get("name")
                            .asText())
                    .isEqualTo("Itaú Unibanco");
        }
    }

    @Test
    void an_application_created_or_disabled_by_the_cli_while_the_server_runs_takes_effect_at_once() throws Exception {
        try (Plugboard plugboard = Plugboard.start(config(), Clock.systemUTC())) {
            StringWriter out = new StringWriter();
            PlugboardCli.execute(
                    new String[] {"apps", "create", "--name", "late", "--data-dir", dataDir.toString()},
                    new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true),
                    Map.of());
            Matcher keys = Pattern.compile("clientId: +(\\S+)\\R +clientSecret: +(\\S+)")
                    .matcher(out.toString());
            assertThat(keys.find()).isTrue();

            assertThat(auth(plugboard, keys.group(1), keys.group(2)).statusCode())
                    .isEqualTo(200);

            PlugboardCli.execute(
                    new String[] {"apps", "disable", keys.group(1), "--data-dir", dataDir.toString()},
                    new PrintWriter(new StringWriter(), true),
                    new PrintWriter(new StringWriter(), true),
                    Map.of());
            HttpResponse<String> refused = auth(plugboard, keys.group(1), keys.group(2));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body())
                    .isEqualTo(
                            "{\"code\":401,\"codeDescription\":\"CLIENT_DISABLED\",\"message\":\"Client is disabled\"}");
        }
    }

    private String apiKeyOfANewApp(Plugboard plugboard) throws Exception {
        StringWriter out = new StringWriter();
        PlugboardCli.execute(
                new String[] {"apps", "create", "--name", "reader", "--data-dir", dataDir.toString()},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                Map.of());
        Matcher keys =
                Pattern.compile("clientId: +(\\S+)\\R +clientSecret: +(\\S+)").matcher(out.toString());
        assertThat(keys.find()).isTrue();
        return JSON.readTree(auth(plugboard, keys.group(1), keys.group(2)).body())
                .get("apiKey")
                .asText();
    }
}

package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plugboard catalog import|diff|export} on the database of a running server and through its
 * administration API ({@code --server}), on the bundled catalog (66 connectors).
 */
class CatalogCommandIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int BUNDLED = BundledCatalog.load().size();
    static final String ALL_UNCHANGED =
            "Added: none\nChanged: none\nDisabled: none\nUnchanged: " + BUNDLED + "\nDry run: nothing was applied.\n";
    static final String NEEDS_KEYS = "--server needs an admin operator's keys in PLUGBOARD_CLIENT_ID and"
            + " PLUGBOARD_CLIENT_SECRET (create one with: plugboard operators create --role admin --name me --format"
            + " env)";
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    record Run(int status, String out, String err) {}

    Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PlugboardCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Run(status, out.toString(), err.toString());
    }

    /** A command on the database in {@link #dataDir}. */
    Run onDatabase(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        return run(Map.of(), all.toArray(String[]::new));
    }

    /** A command through the administration API of {@code plugboard}. */
    Run onServer(Plugboard plugboard, Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", "http://127.0.0.1:" + plugboard.port()));
        return run(environment, all.toArray(String[]::new));
    }

    Plugboard start() {
        return Plugboard.start(
                ConfigLoader.load(Optional.empty(), Map.of(), Map.of("port", "0", "data-dir", dataDir.toString())),
                Clock.systemUTC());
    }

    /** The bundled catalog with 201 renamed and a connector 701 added. */
    Path editedCatalog() throws IOException {
        Run export = onDatabase("catalog", "export");
        assertThat(export.status()).as(export.err()).isZero();
        ArrayNode catalog = (ArrayNode) JSON.readTree(export.out());
        for (JsonNode connector : catalog) {
            if (connector.get("id").asInt() == 201) {
                ((ObjectNode) connector).put("name", "Itaú Unibanco");
            }
        }
        ObjectNode added = catalog.addObject()
                .put("id", 701)
                .put("name", "Banco Novo")
                .put("primaryColor", "0A7B83")
                .put("institutionUrl", "https://banco-novo.example")
                .put("country", "BR")
                .put("type", "PERSONAL_BANK")
                .put("imageUrl", "https://cdn.example/701.svg");
        added.putArray("credentials")
                .addObject()
                .put("label", "CPF")
                .put("name", "cpf")
                .put("type", "number");
        added.putArray("products").add("ACCOUNTS");
        return Files.writeString(files.resolve("edited.json"), catalog.toPrettyString());
    }

    /** The keys of a new operator of {@code role}, as the environment of the {@code --server} mode. */
    Map<String, String> operatorKeys(String role) {
        Run created = onDatabase("operators", "create", "--name", "ops", "--role", role, "--format", "env");
        Matcher keys = Pattern.compile("export PLUGBOARD_CLIENT_ID=(\\S+)\nexport PLUGBOARD_CLIENT_SECRET=(\\S+)\n")
                .matcher(created.out());
        assertThat(keys.matches()).as(created.out() + created.err()).isTrue();
        return Map.of("PLUGBOARD_CLIENT_ID", keys.group(1), "PLUGBOARD_CLIENT_SECRET", keys.group(2));
    }

    String apiKey(Plugboard plugboard, String clientId, String secret) throws Exception {
        HttpResponse<String> auth = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plugboard.port() + "/auth"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"clientId\":\"" + clientId + "\",\"clientSecret\":\"" + secret + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(auth.body()).get("apiKey").asText();
    }

    String applicationKey(Plugboard plugboard) throws Exception {
        var app = plugboard.defaultApplication().orElseThrow();
        return apiKey(
                plugboard,
                app.application().clientId().toString(),
                app.clientSecret().reveal());
    }

    HttpResponse<String> get(Plugboard plugboard, String path, String apiKey) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plugboard.port() + path))
                        .header("X-API-KEY", apiKey)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void export_round_trips_through_diff_as_all_unchanged_on_stdout_and_in_a_file() throws IOException {
        Path output = files.resolve("export.json");

        Run stdout = onDatabase("catalog", "export");
        Run toFile = onDatabase("catalog", "export", "--output", output.toString());
        Path fromStdout = Files.writeString(files.resolve("stdout.json"), stdout.out());

        assertThat(stdout.status()).isZero();
        assertThat(JSON.readTree(stdout.out())).hasSize(BUNDLED);
        assertThat(toFile.status()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(output)).isEqualTo(stdout.out());
        assertThat(onDatabase("catalog", "diff", output.toString()).out()).isEqualTo(ALL_UNCHANGED);
        assertThat(onDatabase("catalog", "diff", fromStdout.toString()).out()).isEqualTo(ALL_UNCHANGED);
    }

    @Test
    void dry_run_and_diff_print_the_plan_and_change_nothing() throws IOException {
        Path edited = editedCatalog();
        String before = onDatabase("catalog", "export").out();

        Run dryRun = onDatabase("catalog", "import", "--dry-run", edited.toString());
        Run diff = onDatabase("catalog", "diff", edited.toString());

        String plan = "Added: 701\nChanged: 201 (name)\nDisabled: none\nUnchanged: " + (BUNDLED - 1)
                + "\nDry run: nothing was applied.\n";
        assertThat(dryRun.status()).isZero();
        assertThat(dryRun.out()).isEqualTo(plan);
        assertThat(diff.status()).isZero();
        assertThat(diff.out()).isEqualTo(plan);
        assertThat(onDatabase("catalog", "export").out()).isEqualTo(before);
    }

    @Test
    void import_on_the_database_of_a_running_server_is_served_by_it_within_two_seconds() throws Exception {
        try (Plugboard plugboard = start()) {
            Path edited = editedCatalog();
            String apiKey = applicationKey(plugboard);
            assertThat(get(plugboard, "/connectors/701", apiKey).statusCode()).isEqualTo(404);

            Run imported = onDatabase("catalog", "import", edited.toString());
            long importedAt = System.nanoTime();

            assertThat(imported.status()).as(imported.err()).isZero();
            assertThat(imported.out())
                    .isEqualTo("Added: 701\nChanged: 201 (name)\nDisabled: none\nUnchanged: " + (BUNDLED - 1)
                            + "\nApplied atomically as catalog version 2.\n");
            HttpResponse<String> served = get(plugboard, "/connectors/701", apiKey);
            while (served.statusCode() == 404 && System.nanoTime() - importedAt < TimeUnit.SECONDS.toNanos(2)) {
                Thread.sleep(50);
                served = get(plugboard, "/connectors/701", apiKey);
            }
            assertThat(served.statusCode())
                    .as("served within 2 s of the import")
                    .isEqualTo(200);
            assertThat(JSON.readTree(served.body()).get("name").asText()).isEqualTo("Banco Novo");
            assertThat(JSON.readTree(get(plugboard, "/connectors/201", apiKey).body())
                            .get("name")
                            .asText())
                    .isEqualTo("Itaú Unibanco");
            assertThat(onDatabase("catalog", "diff", edited.toString()).out())
                    .isEqualTo("Added: none\nChanged: none\nDisabled: none\nUnchanged: " + (BUNDLED + 1)
                            + "\nDry run: nothing was applied.\n");
        }
    }

    @Test
    void an_invalid_file_prints_every_problem_exits_1_and_applies_nothing() throws IOException {
        ArrayNode catalog =
                (ArrayNode) JSON.readTree(onDatabase("catalog", "export").out());
        ((ObjectNode) catalog.get(0)).put("primaryColor", "#ef294b");
        ((ObjectNode) catalog.get(3)).putArray("products").add("SAVINGS");
        Path invalid = Files.writeString(files.resolve("invalid.json"), catalog.toString());

        Run imported = onDatabase("catalog", "import", invalid.toString());

        assertThat(imported.status()).isEqualTo(1);
        assertThat(imported.out())
                .isEqualTo("The catalog has 2 problem(s); data.problems lists each, naming its field.\n"
                        + "  [0].primaryColor: must be six hex digits without '#'\n"
                        + "  [3].products[0]: 'SAVINGS' is not one of ACCOUNTS, CREDIT_CARDS, TRANSACTIONS,"
                        + " PAYMENT_DATA, INVESTMENTS, INVESTMENTS_TRANSACTIONS, IDENTITY, BROKERAGE_NOTE,"
                        + " MOVE_SECURITY, LOANS\n");
        assertThat(onDatabase("catalog", "diff", files.resolve("invalid.json").toString())
                        .status())
                .isEqualTo(1);
        Path export = files.resolve("export.json");
        onDatabase("catalog", "export", "--output", export.toString());
        assertThat(onDatabase("catalog", "diff", export.toString()).out()).isEqualTo(ALL_UNCHANGED);
    }

    @Test
    void a_file_that_is_not_json_is_reported_with_its_position() throws IOException {
        Path broken = Files.writeString(files.resolve("broken.json"), "[{\"id\": 1,]");

        Run imported = onDatabase("catalog", "import", broken.toString());

        assertThat(imported.status()).isEqualTo(1);
        assertThat(imported.out()).startsWith("ERROR " + broken + ": not JSON (line 1, column ");
    }

    @Test
    void the_server_mode_imports_diffs_and_exports_through_the_administration_api() throws Exception {
        Map<String, String> keys = operatorKeys("admin");
        try (Plugboard plugboard = start()) {
            Path edited = editedCatalog();
            String databaseExport = onDatabase("catalog", "export").out();

            Run export = onServer(plugboard, keys, "catalog", "export");
            Run diff = onServer(plugboard, keys, "catalog", "diff", edited.toString());
            Run imported = onServer(plugboard, keys, "catalog", "import", edited.toString());

            assertThat(export.status()).as(export.err()).isZero();
            assertThat(export.out()).isEqualTo(databaseExport);
            assertThat(diff.status()).as(diff.out()).isZero();
            assertThat(diff.out())
                    .isEqualTo("Added: 701\nChanged: 201 (name)\nDisabled: none\nUnchanged: " + (BUNDLED - 1)
                            + "\nDry run: nothing was applied.\n");
            assertThat(imported.out())
                    .isEqualTo("Added: 701\nChanged: 201 (name)\nDisabled: none\nUnchanged: " + (BUNDLED - 1)
                            + "\nApplied atomically as catalog version 2.\n");
            String apiKey = applicationKey(plugboard);
            assertThat(get(plugboard, "/connectors/701", apiKey).statusCode())
                    .as("served at once by the server that applied it")
                    .isEqualTo(200);
            JsonNode audit = JSON.readTree(get(
                                    plugboard,
                                    "/admin/audit?limit=1",
                                    apiKey(
                                            plugboard,
                                            keys.get("PLUGBOARD_CLIENT_ID"),
                                            keys.get("PLUGBOARD_CLIENT_SECRET")))
                            .body())
                    .get("results")
                    .get(0);
            assertThat(audit.get("actor").toString())
                    .isEqualTo("{\"id\":\"" + keys.get("PLUGBOARD_CLIENT_ID") + "\",\"name\":\"ops\"}");
        }
    }

    @Test
    void lint_checks_the_catalog_a_running_server_serves() throws Exception {
        Map<String, String> keys = operatorKeys("admin");
        try (Plugboard plugboard = start()) {
            Run clean = onServer(plugboard, keys, "catalog", "lint");
            assertThat(clean.status()).as(clean.err()).isZero();
            assertThat(clean.out()).isEqualTo(BUNDLED + " connectors checked: 0 errors, 0 warnings.\n");

            Path edited = editedCatalog();
            assertThat(onServer(plugboard, keys, "catalog", "import", edited.toString())
                            .status())
                    .isZero();
            Run after = onServer(plugboard, keys, "catalog", "lint");
            assertThat(after.out()).endsWith((BUNDLED + 1) + " connectors checked: 0 errors, 0 warnings.\n");

            Run both = onServer(plugboard, keys, "catalog", "lint", edited.toString());
            assertThat(both.status()).isEqualTo(2);
            assertThat(both.err()).startsWith("give a FILE or --server, not both");
        }
    }

    @Test
    void the_server_mode_without_operator_keys_says_how_to_get_them() throws Exception {
        try (Plugboard plugboard = start()) {
            Path edited = editedCatalog();
            Run imported = onServer(plugboard, Map.of(), "catalog", "import", edited.toString());
            Run export = onServer(plugboard, Map.of("PLUGBOARD_CLIENT_ID", "x"), "catalog", "export");

            assertThat(imported.status()).isEqualTo(1);
            assertThat(imported.out()).isEqualTo(NEEDS_KEYS + "\n");
            assertThat(export.status()).isEqualTo(1);
            assertThat(export.err()).isEqualTo("plugboard: " + NEEDS_KEYS + "\n");
        }
    }

    @Test
    void the_server_mode_with_an_applications_keys_prints_the_servers_403() throws Exception {
        try (Plugboard plugboard = start()) {
            Path edited = editedCatalog();
            var app = plugboard.defaultApplication().orElseThrow();
            Map<String, String> keys = Map.of(
                    "PLUGBOARD_CLIENT_ID", app.application().clientId().toString(),
                    "PLUGBOARD_CLIENT_SECRET", app.clientSecret().reveal());
            String refusal = "http://127.0.0.1:" + plugboard.port() + " answered 403: This key does not"
                    + " reach this route: it needs an API key with the admin role.";

            Run diff = onServer(plugboard, keys, "catalog", "diff", edited.toString());
            Run export = onServer(plugboard, keys, "catalog", "export");

            assertThat(diff.status()).isEqualTo(1);
            assertThat(diff.out()).isEqualTo(refusal + "\n");
            assertThat(export.status()).isEqualTo(1);
            assertThat(export.err()).isEqualTo("plugboard: " + refusal + "\n");
        }
    }

    @Test
    void the_server_mode_with_an_ingest_operators_keys_prints_the_servers_403() throws Exception {
        Map<String, String> keys = operatorKeys("ingest");
        try (Plugboard plugboard = start()) {
            Path edited = editedCatalog();
            Run imported = onServer(plugboard, keys, "catalog", "import", edited.toString());

            assertThat(imported.status()).isEqualTo(1);
            assertThat(imported.out())
                    .isEqualTo("http://127.0.0.1:" + plugboard.port() + " answered 403: This key does not"
                            + " reach this route: it needs an API key with the admin role.\n");
        }
    }

    @Test
    void the_server_mode_prints_every_problem_the_server_lists_for_an_invalid_file() throws Exception {
        Map<String, String> keys = operatorKeys("admin");
        try (Plugboard plugboard = start()) {
            ArrayNode catalog =
                    (ArrayNode) JSON.readTree(onDatabase("catalog", "export").out());
            ((ObjectNode) catalog.get(0)).put("primaryColor", "#ef294b");
            ((ObjectNode) catalog.get(1)).remove("name");
            Path invalid = Files.writeString(files.resolve("invalid.json"), catalog.toString());

            Run imported = onServer(plugboard, keys, "catalog", "import", invalid.toString());

            assertThat(imported.status()).isEqualTo(1);
            assertThat(imported.out())
                    .isEqualTo("http://127.0.0.1:" + plugboard.port() + " answered 400: The catalog has 2 problem(s);"
                            + " data.problems lists each, naming its field.\n"
                            + "  [0].primaryColor: must be six hex digits without '#'\n"
                            + "  [1].name: is required\n");
            assertThat(onServer(plugboard, keys, "catalog", "export").out())
                    .isEqualTo(onDatabase("catalog", "export").out());
        }
    }
}

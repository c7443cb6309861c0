package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.plugboard.app.BundledCatalog;
import dev.plugboard.app.PlugboardCli;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.Language;
import dev.plugboard.domain.credential.ValidationMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web console in a real headless browser: Debian's Chromium, driven by {@code playwright-core}
 * ({@code it/node/console-check.js}), against the real application. The script searches, opens
 * Pluggy Bank and types in its credential form, reads the health panel, checks a phone-width
 * screen, then signs in as an admin operator to rename a connector (and meet a conflict), import a
 * catalog file and read the audit log. It records what the page showed; this test asserts it, and
 * checks the operator's changes through the public API. Screenshots of every page are left in
 * {@code it/target/console-screenshots}.
 */
class ConsoleBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    static Path dataDir;

    static RunningPlugboard server;
    static String apiKey;
    static JsonNode seen;
    static Path screenshots;
    static JsonNode healthAfterReports;

    @BeforeAll
    static void driveTheConsole() throws Exception {
        assertThat(CHROMIUM)
                .as("Debian's chromium is installed (.ci/run installs it)")
                .exists();
        Path nodeDir = Path.of(System.getProperty("plugboard.node.dir", "node")).toAbsolutePath();
        assertThat(nodeDir.resolve("node_modules/playwright-core"))
                .as("playwright-core is installed (./run-tests runs npm ci in it/node)")
                .exists();
        screenshots = Path.of(System.getProperty("plugboard.screenshots.dir", "target/console-screenshots"))
                .toAbsolutePath();
        server = new RunningPlugboard(dataDir);
        apiKey = server.apiKey();
        String[] admin = createAdminOperator();
        reportExecutionsOfPluggyBank(admin);
        healthAfterReports = awaitStatus(2, "UNSTABLE");

        Path out = Files.createTempFile("console-check", ".json");
        Path err = Files.createTempFile("console-check", ".err");
        ProcessBuilder builder = new ProcessBuilder("node", "console-check.js")
                .directory(nodeDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment()
                .putAll(Map.of(
                        "PLUGBOARD_URL", server.baseUrl(),
                        "APP_CLIENT_ID", server.clientId(),
                        "APP_CLIENT_SECRET", server.clientSecret(),
                        "ADMIN_CLIENT_ID", admin[0],
                        "ADMIN_CLIENT_SECRET", admin[1],
                        "SCREENSHOT_DIR", screenshots.toString(),
                        "CHROMIUM", CHROMIUM.toString()));
        Process process = builder.start();
        boolean finished = process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished)
                .as("the browser script finished within " + SCRIPT_TIMEOUT)
                .isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        seen = RunningPlugboard.JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** An admin operator made with the CLI, on the running server's database: {clientId, secret}. */
    static String[] createAdminOperator() {
        StringWriter out = new StringWriter();
        int status = PlugboardCli.execute(
                new String[] {"operators", "create", "--role", "admin", "--name", "Ana (ops)", "--format", "env"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                Map.of("PLUGBOARD_DATA_DIR", dataDir.toString()));
        assertThat(status).isZero();
        Matcher id = Pattern.compile("PLUGBOARD_CLIENT_ID=(\\S+)").matcher(out.toString());
        Matcher secret = Pattern.compile("PLUGBOARD_CLIENT_SECRET=(\\S+)").matcher(out.toString());
        assertThat(id.find() && secret.find()).isTrue();
        return new String[] {id.group(1), secret.group(1)};
    }

    /**
     * Five and a half healthy hours of Pluggy Bank (2), 20 executions every 5 minutes with one or two
     * failures now and then, and a collapse in the last 25 minutes, 70 of every 80 failing: the
     * history chart has a line to draw and the status a reason to change.
     */
    static void reportExecutionsOfPluggyBank(String[] admin) throws Exception {
        String adminKey = RunningPlugboard.JSON
                .readTree(server.post(
                                "/auth",
                                "{\"clientId\":\"" + admin[0] + "\",\"clientSecret\":\"" + admin[1] + "\"}",
                                Optional.empty())
                        .body())
                .get("apiKey")
                .asText();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<ArrayNode> batches = new ArrayList<>();
        ArrayNode batch = RunningPlugboard.JSON.createArrayNode();
        for (int step = 0; step < 71; step++) {
            boolean collapse = step < 5;
            int executions = collapse ? 80 : 20;
            int failures = collapse ? 70 : (step % 4 == 0 ? 2 : step % 3 == 0 ? 1 : 0);
            Instant finished = now.minus(Duration.ofMinutes(5L * step + 1));
            for (int i = 0; i < executions; i++) {
                if (batch.size() == 1000) {
                    batches.add(batch);
                    batch = RunningPlugboard.JSON.createArrayNode();
                }
                batch.addObject()
                        .put("id", UUID.randomUUID().toString())
                        .put("connectorId", 2)
                        .put("clientId", server.clientId())
                        .put("status", i < failures ? "SITE_NOT_AVAILABLE" : "SUCCESS")
                        .put("startedAt", finished.minusSeconds(40).toString())
                        .put("finishedAt", finished.toString());
            }
        }
        batches.add(batch);
        for (ArrayNode each : batches) {
            HttpResponse<String> response = server.post("/executions", each.toString(), Optional.of(adminKey));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
    }

    static JsonNode awaitStatus(int connectorId, String status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        while (true) {
            JsonNode connector = RunningPlugboard.JSON.readTree(
                    server.get("/connectors/" + connectorId + "?healthDetails=true", apiKey)
                            .body());
            if (connector.at("/health/status").asText().equals(status)) {
                return connector.get("health");
            }
            assertThat(Instant.now())
                    .as("connector %d became %s", connectorId, status)
                    .isBefore(deadline);
            Thread.sleep(200);
        }
    }

    static Connector bundled(int id) {
        return BundledCatalog.load().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.isArray() ? v.toString() : v.asText()));
        return values;
    }

    static JsonNode publicConnector(int id) throws Exception {
        return RunningPlugboard.JSON.readTree(
                server.get("/connectors/" + id, apiKey).body());
    }

    @Test
    void searching_itau_shows_the_itau_connectors_and_the_address_keeps_the_search() {
        assertThat(texts(seen.get("itauCards"))).containsExactly("Itaú", "Itaú", "Itaú Empresas");
        assertThat(seen.get("itauUrl").asText()).isEqualTo("/console?name=itau");
        assertThat(seen.get("itauApiLine").asText()).isEqualTo("GET /connectors?name=itau");
    }

    @Test
    void a_shared_address_opens_the_view_its_filters_describe() {
        assertThat(texts(seen.get("sharedFilterCards"))).containsExactly("Itaú Empresas", "Nubank Empresas");
        assertThat(seen.get("sharedFilterTypeChecked").asBoolean()).isTrue();
    }

    @Test
    void the_catalog_shows_every_live_connector_with_its_initial_on_its_colour_when_the_logo_cannot_load() {
        long live = BundledCatalog.load().stream().filter(c -> !c.sandbox()).count();
        String colour = bundled(201).branding().primaryColor();

        assertThat(seen.get("catalogCount").asText()).isEqualTo(live + " connectors");
        assertThat(seen.at("/fallbackLogo/text").asText()).isEqualTo("I");
        assertThat(seen.at("/fallbackLogo/hasImage").asBoolean()).isFalse();
        assertThat(seen.at("/fallbackLogo/background").asText())
                .isEqualTo("rgb(%d, %d, %d)"
                        .formatted(
                                Integer.parseInt(colour.substring(0, 2), 16),
                                Integer.parseInt(colour.substring(2, 4), 16),
                                Integer.parseInt(colour.substring(4, 6), 16)));
        assertThat(seen.get("operatorLinksVisible").asBoolean()).isFalse();
    }

    @Test
    void typing_an_invalid_user_shows_its_message_and_fixing_it_clears_the_message() {
        Credential user = bundled(2).credentials().get(0);

        assertThat(texts(seen.get("credentialLabels"))).containsExactly("User", "Password");
        assertThat(seen.get("passwordType").asText()).isEqualTo("password");
        assertThat(seen.get("invalidUserMessage").asText())
                .isEqualTo(user.validationMessage().orElseThrow());
        assertThat(seen.get("invalidUserAria").asText()).isEqualTo("true");
        assertThat(seen.get("passwordErrorWhileUntouched").asText()).isEmpty();
        assertThat(seen.get("fixedUserMessage").asText()).isEmpty();
        assertThat(seen.get("fixedUserAria").isNull()).isTrue();
        assertThat(seen.get("formStatus").asText()).isEqualTo("What you typed so far is valid.");
        assertThat(seen.get("passwordMessageOnSubmit").asText())
                .isEqualTo(ValidationMessage.MISSING_REQUIRED.text(Language.PT_BR, "password"));
    }

    @Test
    void the_health_panel_shows_the_status_rate_and_sample_the_api_serves_and_charts_the_change() {
        JsonNode details = healthAfterReports.get("details");

        assertThat(seen.at("/health/status").asText()).isEqualTo("Unstable");
        assertThat(texts(seen.at("/health/stats")))
                .containsExactly(
                        "[\"Connection rate, last 6 hours\",\""
                                + details.get("connectionRateLast6Hours").asText() + "%\"]",
                        "[\"Sample size (executions in the window)\",\""
                                + details.get("sampleSize").asText() + "\"]",
                        "[\"Failures in the window\",\""
                                + details.get("failures").asText() + "\"]",
                        "[\"Your connections, last 6 hours\",\""
                                + details.get("connectionsLast6Hours").asText() + "\"]");
        assertThat(details.get("sampleSize").asInt()).isEqualTo(5 * 80 + 66 * 20);
        assertThat(seen.at("/health/changeMarkers").asInt()).isEqualTo(1);
        assertThat(seen.at("/health/rateLine").asInt()).isEqualTo(1);
        assertThat(seen.at("/health/changesTable")).hasSize(1);
        assertThat(seen.at("/health/changesTable/0").asText()).contains("Online → Unstable");
    }

    @Test
    void keys_stay_in_memory_only_so_a_reload_asks_to_sign_in_again() {
        assertThat(seen.at("/storage/local").asInt()).isZero();
        assertThat(seen.at("/storage/session").asInt()).isZero();
        assertThat(seen.at("/storage/cookie").asText()).isEmpty();
        assertThat(seen.get("reloadAsksAgain").asBoolean()).isTrue();
        assertThat(seen.get("signInPrivacy").asText()).contains("Nothing is stored in the browser");
    }

    @Test
    void an_application_key_or_a_connect_token_is_enough_to_browse() {
        assertThat(seen.get("appRole").asText()).isEqualTo("application");
        assertThat(seen.get("connectTokenRole").asText()).isEqualTo("connect token");
    }

    @Test
    void every_control_has_a_label_every_button_a_name_and_all_text_enough_contrast() {
        List<String> pages = new ArrayList<>();
        seen.get("accessibility").fieldNames().forEachRemaining(pages::add);

        assertThat(pages)
                .containsExactly("sign-in", "catalog", "connector", "phone-connector", "edit", "import", "audit");
        for (String page : pages) {
            JsonNode found = seen.get("accessibility").get(page);
            assertThat(found.toString()).as(page).isEqualTo("{\"unlabelled\":[],\"unnamed\":[],\"lowContrast\":[]}");
        }
    }

    @Test
    void the_keyboard_alone_reaches_the_content_and_opens_a_connector() {
        assertThat(seen.get("firstTab").asText()).isEqualTo("Skip to content");
        assertThat(seen.get("keyboardFocusedCard").asText()).isEqualTo("201");
        assertThat(seen.get("keyboardOpened").asText()).isEqualTo("/console/connectors/201");
    }

    @Test
    void pages_fit_a_phone_width_screen_without_sideways_scrolling() {
        assertThat(seen.get("phoneOverflow").asInt()).isZero();
        assertThat(seen.get("phoneConnectorOverflow").asInt()).isZero();
    }

    @Test
    void an_operator_renames_a_connector_and_the_public_api_serves_the_new_name() throws Exception {
        assertThat(seen.get("adminRole").asText()).isEqualTo("admin");
        assertThat(seen.get("reviewDiff").toString())
                .isEqualTo("[[\"name\",\"\\\"Itaú\\\"\",\"\\\"Itaú Unibanco\\\"\"]]");
        assertThat(seen.get("savedNotice").asText())
                .isEqualTo("Connector #201 is now at revision 2; every replica serves it within about a second.");
        assertThat(publicConnector(201).get("name").asText()).isEqualTo("Itaú Unibanco S.A.");
    }

    @Test
    void the_server_s_refusal_of_an_edit_is_shown_at_its_field() {
        assertThat(seen.get("invalidColourMessage").asText())
                .isEqualTo("primaryColor: must be six hex digits without '#'");
    }

    @Test
    void a_change_saved_first_by_someone_else_is_explained_and_the_edit_is_redone_on_theirs() throws Exception {
        assertThat(seen.get("concurrentPatch").asInt()).isEqualTo(3);
        assertThat(seen.get("conflictText").asText())
                .startsWith("Nothing of yours was saved. You started from revision 2 of connector #201, but while you"
                        + " were editing, it was changed and is now at revision 3.")
                .contains("412 Precondition Failed")
                .endsWith("You changed different fields, so your changes can be applied on top of theirs.");
        assertThat(seen.get("conflictTheirs").toString())
                .isEqualTo("[[\"primaryColor\",\"\\\"" + bundled(201).branding().primaryColor()
                        + "\\\"\",\"\\\"003399\\\"\"]]");
        assertThat(seen.get("redoneColour").asText()).isEqualTo("003399");
        assertThat(seen.get("redoneName").asText()).isEqualTo("Itaú Personnalité");
        assertThat(publicConnector(201).get("primaryColor").asText()).isEqualTo("003399");
    }

    @Test
    void a_catalog_file_is_checked_with_a_dry_run_and_then_imported() throws Exception {
        long enabled = BundledCatalog.load().size();

        assertThat(texts(seen.get("importPlan")))
                .containsExactly(
                        "Added (0)None",
                        "Changed (1)#211 Banco do Brasil S.A.: name",
                        "Disabled (1)#644 Banco do Nordeste",
                        "Unchanged" + (enabled - 2));
        assertThat(seen.get("importButton").asText()).isEqualTo("Import: add 0, change 1, disable 1");
        assertThat(seen.get("importResult").asText())
                .isEqualTo("Imported: the catalog is now at version 5. 0 added, 1 changed, 1 disabled, " + (enabled - 2)
                        + " unchanged.");
        assertThat(publicConnector(211).get("name").asText()).isEqualTo("Banco do Brasil S.A.");
        assertThat(server.get("/connectors/644", apiKey).statusCode()).isEqualTo(404);
    }

    @Test
    void the_audit_log_lists_every_change_newest_first_with_its_operator() {
        List<String> rows = new ArrayList<>();
        seen.get("auditRows")
                .forEach(row -> rows.add(row.get(0).asText() + " " + row.get(2).asText() + " "
                        + row.get(3).asText() + " " + row.get(4).asText() + " "
                        + row.get(5).asText()));

        assertThat(rows)
                .containsExactly(
                        "5 #644 import Ana (ops) enabled: true → false",
                        "5 #211 import Ana (ops) name: \"Banco do Brasil\" → \"Banco do Brasil S.A.\"",
                        "4 #201 patch Ana (ops) name: \"Itaú Unibanco\" → \"Itaú Unibanco S.A.\"",
                        "3 #201 patch Ana (ops) primaryColor: \""
                                + bundled(201).branding().primaryColor() + "\" → \"003399\"",
                        "2 #201 patch Ana (ops) name: \"Itaú\" → \"Itaú Unibanco\"");
    }

    @Test
    void the_pages_raised_no_script_error_and_left_a_screenshot_each() throws Exception {
        assertThat(texts(seen.get("problems"))).isEmpty();
        try (Stream<Path> files = Files.list(screenshots)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains(
                            "sign-in.png",
                            "catalog.png",
                            "catalog-search-itau.png",
                            "connector.png",
                            "health.png",
                            "phone-catalog.png",
                            "phone-connector.png",
                            "edit-refused.png",
                            "edit-review.png",
                            "edit-conflict.png",
                            "import-dry-run.png",
                            "audit.png");
        }
    }
}

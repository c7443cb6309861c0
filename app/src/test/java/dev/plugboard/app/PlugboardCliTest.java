package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlugboardCliTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PlugboardCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
        return new Run(status, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "serve",
                "apps",
                "apps create",
                "apps list",
                "apps disable",
                "operators",
                "operators create",
                "keys",
                "keys rotate",
                "catalog",
                "catalog lint",
                "catalog import",
                "catalog diff",
                "catalog export",
                "simulate"
            })
    void every_command_has_help(String command) {
        String[] args = (command + " --help").strip().split(" ");

        Run run = run(args);

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith(("Usage: plugboard " + command).strip() + " ");
    }

    @Test
    void the_config_option_names_every_key_a_file_may_hold() {
        String help = run("serve", "--help").out().replaceAll("\\s+", " ");

        for (String key : ConfigLoader.KEYS) {
            assertThat(help).as(key).containsPattern("[ ,]" + key + "[,. ]");
        }
    }

    @Test
    void serve_help_says_where_the_api_is_described() {
        String help = run("serve", "--help").out().replaceAll("\\s+", " ");

        assertThat(help)
                .contains("Every route it serves is described, without a key, at /openapi.json (and /openapi.yaml),"
                        + " with a reference page at /docs.");
    }

    @Test
    void no_command_prints_the_usage() {
        Run run = run();

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Usage: plugboard ").contains("serve").contains("apps");
    }

    @Test
    void the_usage_lists_every_command_in_order() {
        String usage = run("--help").out();

        assertThat(usage)
                .containsPattern("(?s)Commands:\\s+serve .*\\R\\s+apps .*\\R\\s+operators .*\\R\\s+keys .*"
                        + "\\R\\s+catalog .*\\R\\s+simulate .*\\R\\s+help ");
    }

    @Test
    void a_command_line_that_names_a_command_builds_only_that_one() {
        assertThat(PlugboardCli.subcommandsFor(new String[] {"serve", "--port", "0"}))
                .containsExactly(ServeCommand.class);
        assertThat(PlugboardCli.subcommandsFor(new String[] {"catalog", "lint"}))
                .containsExactly(CatalogCommand.class);
        assertThat(PlugboardCli.subcommandsFor(new String[] {"help", "serve"})).isEqualTo(PlugboardCli.SUBCOMMANDS);
        assertThat(PlugboardCli.subcommandsFor(new String[] {"--version"})).isEqualTo(PlugboardCli.SUBCOMMANDS);
        assertThat(PlugboardCli.subcommandsFor(new String[0])).isEqualTo(PlugboardCli.SUBCOMMANDS);
    }

    @Test
    void a_mistyped_command_is_refused_with_a_suggestion() {
        Run run = run("serv");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("Unmatched argument at index 0: 'serv'")
                .contains("Did you mean: plugboard serve");
    }

    @Test
    void apps_are_created_listed_and_disabled_and_only_a_hash_of_the_secret_is_stored() throws IOException {
        String dataDir = dir.toString();

        Run created = run("apps", "create", "--name", "ci", "--data-dir", dataDir);
        Matcher keys =
                Pattern.compile("clientId: +(\\S+)\\R +clientSecret: +(\\S+)").matcher(created.out());

        assertThat(created.status()).isZero();
        assertThat(keys.find()).as(created.out()).isTrue();
        String clientId = keys.group(1);
        String secret = keys.group(2);
        assertThat(secret).hasSize(43);
        assertThat(run("apps", "list", "--data-dir", dataDir).out())
                .containsPattern(clientId + " +application +enabled .* ci\\R");

        Run disabled = run("apps", "disable", clientId, "--data-dir", dataDir);

        assertThat(disabled.status()).isZero();
        assertThat(disabled.out()).isEqualTo("Disabled application " + clientId + ".\n");
        assertThat(run("apps", "list", "--data-dir", dataDir).out())
                .containsPattern(clientId + " +application +disabled .* ci\\R");
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString())
                        .doesNotContain(secret);
            }
        }
    }

    @Test
    void disabling_needs_a_known_uuid() {
        Run notUuid = run("apps", "disable", "nope", "--data-dir", dir.toString());
        Run unknown = run("apps", "disable", "11111111-1111-4111-8111-111111111111", "--data-dir", dir.toString());

        assertThat(notUuid.status()).isEqualTo(2);
        assertThat(notUuid.err()).startsWith("CLIENT_ID must be a UUID, got 'nope'");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("no application has the clientId 11111111-1111-4111-8111-111111111111");
    }

    @Test
    void a_bad_configuration_stops_the_command_with_every_problem() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");

        Run run = run("apps", "list", "--data-dir", file.toString(), "--db-url", "jdbc:mysql://x");

        assertThat(run.status()).isEqualTo(PlugboardCli.EXIT_CONFIG);
        assertThat(run.err())
                .isEqualTo(
                        "plugboard: data-dir must be a directory, but " + file.toAbsolutePath() + " is a file.\n"
                                + "plugboard: db-url must start with jdbc:sqlite: or jdbc:postgresql:, got 'jdbc:mysql://x'.\n");
    }

    @Test
    void apps_create_prints_shell_exports_or_json_on_request() {
        Run env = run("apps", "create", "--name", "ci", "--format", "env", "--data-dir", dir.toString());
        Run json = run("apps", "create", "--name", "tool", "--format", "json", "--data-dir", dir.toString());

        assertThat(env.status()).isZero();
        assertThat(env.out())
                .matches("export PLUGGY_CLIENT_ID=[0-9a-f-]{36}\nexport PLUGGY_CLIENT_SECRET=[A-Za-z0-9_-]{43}\n");
        assertThat(json.out())
                .matches(
                        "\\{\"clientId\":\"[0-9a-f-]{36}\",\"clientSecret\":\"[A-Za-z0-9_-]{43}\",\"name\":\"tool\",\"role\":\"application\"}\n");
        assertThat(run("apps", "create", "--name", "x", "--format", "yaml", "--data-dir", dir.toString())
                        .status())
                .isEqualTo(2);
    }

    @Test
    void catalog_lint_flags_pluggys_own_itau_example_and_exits_1() {
        Path example = Path.of(
                System.getProperty("plugboard.contract.dir", "../contract"),
                "examples",
                "itau-601-pluggy-example.json");

        Run run = run("catalog", "lint", example.toString());

        assertThat(run.status()).isEqualTo(CatalogCommand.EXIT_LINT_ERRORS);
        assertThat(run.out())
                .isEqualTo("ERROR connector 601, credential 'cpf': validationMessage \"CPF deve ter 11 números.\""
                        + " contradicts its pattern ^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$: the message speaks of digits only,"
                        + " but the pattern also accepts '123.45678912', with punctuation it does not mention\n"
                        + "1 connector checked: 1 error, 0 warnings.\n");
    }

    @Test
    void catalog_lint_without_a_file_checks_the_served_catalog_and_exits_0_when_clean() {
        Run run = run("catalog", "lint", "--data-dir", dir.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(BundledCatalog.load().size() + " connectors checked: 0 errors, 0 warnings.\n");
    }

    @Test
    void catalog_lint_reports_a_file_that_is_not_a_catalog() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"id\":\"x\"}]");

        Run run = run("catalog", "lint", bad.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith("ERROR " + bad + ": [0].id: must be a whole number");
    }
}

package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code plugboard operators}, {@code apps} beside them, and {@code keys rotate}, on a SQLite file. */
class OperatorsAndKeysCliTest {
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String SECRET = "[A-Za-z0-9_-]{43}";
    static final Pattern TEXT_KEYS = Pattern.compile("clientId: +(\\S+)\\R +clientSecret: +(\\S+)");

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PlugboardCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Run(status, out.toString(), err.toString());
    }

    Run run(String... args) {
        String[] withDataDir = java.util.Arrays.copyOf(args, args.length + 2);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dir.toString();
        return run(Map.of(), withDataDir);
    }

    /** Creates a client with the text format and answers its clientId. */
    String create(String kind, String name, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(kind, "create", "--name", name));
        args.addAll(List.of(more));
        Run created = run(args.toArray(String[]::new));
        Matcher keys = TEXT_KEYS.matcher(created.out());
        assertThat(keys.find()).as(created.out() + created.err()).isTrue();
        return keys.group(1);
    }

    @Test
    void operators_create_prints_the_keys_once_in_text() {
        Run created = run("operators", "create", "--name", "ops", "--role", "admin");

        assertThat(created.status()).isZero();
        assertThat(created.out())
                .matches("Created admin operator 'ops'. The secret is shown only now:\n"
                        + "  clientId:     " + UUID + "\n"
                        + "  clientSecret: " + SECRET + "\n");
        assertThat(created.err()).isEmpty();
    }

    @Test
    void operators_create_prints_plugboard_shell_exports_for_the_server_mode_of_the_catalog_commands() {
        Run created = run("operators", "create", "--name", "ops", "--role", "admin", "--format", "env");

        assertThat(created.status()).isZero();
        assertThat(created.out())
                .matches("export PLUGBOARD_CLIENT_ID=" + UUID + "\nexport PLUGBOARD_CLIENT_SECRET=" + SECRET + "\n");
    }

    @Test
    void operators_create_prints_json_with_the_role() {
        Run created = run("operators", "create", "--name", "feeder", "--role", "ingest", "--format", "json");

        assertThat(created.status()).isZero();
        assertThat(created.out())
                .matches("\\{\"clientId\":\"" + UUID + "\",\"clientSecret\":\"" + SECRET
                        + "\",\"name\":\"feeder\",\"role\":\"ingest\"}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "application", "ADMIN", ""})
    void operators_create_refuses_a_role_that_is_not_admin_or_ingest(String role) {
        Run created = run("operators", "create", "--name", "ops", "--role", role);

        assertThat(created.status()).isEqualTo(2);
        assertThat(created.err()).startsWith("--role must be admin or ingest, got '" + role + "'\n");
        assertThat(created.out()).isEmpty();
        assertThat(run("operators", "list").out()).doesNotContain("ops");
    }

    @Test
    void operators_create_needs_a_role() {
        Run created = run("operators", "create", "--name", "ops");

        assertThat(created.status()).isEqualTo(2);
        assertThat(created.err()).startsWith("Missing required option: '--role=ROLE'");
    }

    @Test
    void operators_list_shows_only_operators_with_their_role_and_apps_list_only_applications() {
        String app = create("apps", "ci");
        String admin = create("operators", "ops", "--role", "admin");
        String ingest = create("operators", "feeder", "--role", "ingest");

        Run operators = run("operators", "list");
        Run apps = run("apps", "list");

        String header = "CLIENT ID                             ROLE         STATUS    CREATED                   NAME\n";
        assertThat(operators.status()).isZero();
        assertThat(operators.out())
                .matches(Pattern.quote(header)
                        + admin + "  admin        enabled   \\S+ +ops\n"
                        + ingest + "  ingest       enabled   \\S+ +feeder\n");
        assertThat(apps.out()).matches(Pattern.quote(header) + app + "  application  enabled   \\S+ +ci\n");
    }

    @Test
    void operators_disable_refuses_an_application_and_apps_disable_refuses_an_operator() {
        String app = create("apps", "ci");
        String admin = create("operators", "ops", "--role", "admin");

        Run operatorsOnApp = run("operators", "disable", app);
        Run appsOnOperator = run("apps", "disable", admin);

        assertThat(operatorsOnApp.status()).isEqualTo(2);
        assertThat(operatorsOnApp.err()).startsWith("no operator has the clientId " + app + "\n");
        assertThat(appsOnOperator.status()).isEqualTo(2);
        assertThat(appsOnOperator.err()).startsWith("no application has the clientId " + admin + "\n");
        assertThat(run("apps", "list").out()).containsPattern(app + " +application +enabled ");
        assertThat(run("operators", "list").out()).containsPattern(admin + " +admin +enabled ");
    }

    @Test
    void operators_disable_disables_an_operator() {
        String admin = create("operators", "ops", "--role", "admin");

        Run disabled = run("operators", "disable", admin);

        assertThat(disabled.status()).isZero();
        assertThat(disabled.out()).isEqualTo("Disabled operator " + admin + ".\n");
        assertThat(run("operators", "list").out()).containsPattern(admin + " +admin +disabled ");
    }

    @Test
    void operators_disable_needs_a_uuid() {
        Run disabled = run("operators", "disable", "ops");

        assertThat(disabled.status()).isEqualTo(2);
        assertThat(disabled.err()).startsWith("CLIENT_ID must be a UUID, got 'ops'\n");
    }

    @Test
    void operator_secrets_are_stored_only_as_salted_hashes() {
        Run created = run("operators", "create", "--name", "ops", "--role", "admin");
        Matcher keys = TEXT_KEYS.matcher(created.out());
        assertThat(keys.find()).isTrue();

        List<String> stored = jdbi().withHandle(h -> h.createQuery("SELECT secret_hash FROM applications")
                .mapTo(String.class)
                .list());

        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).startsWith("hmac-sha256$").doesNotContain(keys.group(2));
    }

    @Test
    void keys_rotate_makes_a_new_key_current_and_keeps_the_old_one_for_verifying() {
        Run first = run("keys", "rotate");
        Run second = run("keys", "rotate");

        Pattern rotated = Pattern.compile("Rotated the signing key: new tokens are signed with key ([A-Za-z0-9_-]{8});"
                + " tokens signed before keep working until they expire.\n");
        Matcher one = rotated.matcher(first.out());
        Matcher two = rotated.matcher(second.out());
        assertThat(first.status()).isZero();
        assertThat(one.matches()).as(first.out()).isTrue();
        assertThat(two.matches()).as(second.out()).isTrue();
        assertThat(two.group(1)).isNotEqualTo(one.group(1));
        List<String> current = jdbi().withHandle(
                        h -> h.createQuery("SELECT id FROM signing_keys WHERE retired_at IS NULL")
                                .mapTo(String.class)
                                .list());
        long retired = jdbi().withHandle(
                        h -> h.createQuery("SELECT COUNT(*) FROM signing_keys WHERE retired_at IS NOT NULL")
                                .mapTo(Long.class)
                                .one());
        assertThat(current).containsExactly(two.group(1));
        assertThat(retired).isEqualTo(2);
    }

    @Test
    void keys_rotate_is_refused_when_the_signing_key_is_configured() {
        String configured = "q".repeat(43);

        Run rotated = run(Map.of("PLUGBOARD_SIGNING_KEY", configured), "keys", "rotate", "--data-dir", dir.toString());

        assertThat(rotated.status()).isEqualTo(2);
        assertThat(rotated.err())
                .startsWith("the signing key is configured (PLUGBOARD_SIGNING_KEY or signing-key): rotate it there, by"
                        + " configuring every replica with the new key\n");
        assertThat(rotated.err()).doesNotContain(configured);
        assertThat(rotated.out()).isEmpty();
        assertThat(dir.resolve("plugboard.db")).doesNotExist();
    }

    private Jdbi jdbi() {
        return Jdbi.create("jdbc:sqlite:" + dir.resolve("plugboard.db"));
    }
}

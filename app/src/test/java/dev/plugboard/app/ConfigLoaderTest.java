package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    static final String KEY = "ZmFrZS1rZXktZm9yLXRlc3RzLW9ubHktMzItYnl0ZXMhIQ";

    @TempDir
    Path dir;

    private static Map<String, String> flags(String... keyValues) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            flags.put(keyValues[i], keyValues[i + 1]);
        }
        return flags;
    }

    private Path file(String content) throws IOException {
        Path file = dir.resolve("plugboard.properties");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void defaults_listen_on_this_machine_at_8080_with_data_in_dot_data() {
        PlugboardConfig config = ConfigLoader.load(Optional.empty(), Map.of(), Map.of());

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.dbUrl()).isEmpty();
        assertThat(config.signingKey()).isEmpty();
    }

    @Test
    void a_file_is_overridden_by_the_environment_which_is_overridden_by_flags() throws IOException {
        Optional<Path> file = Optional.of(file("port=1000\nhost=10.0.0.1\n"));
        Map<String, String> env = Map.of("PLUGBOARD_PORT", "2000", "PLUGBOARD_DATA_DIR", "/srv/plugboard");

        assertThat(ConfigLoader.load(file, Map.of(), Map.of()).port()).isEqualTo(1000);
        assertThat(ConfigLoader.load(file, env, Map.of()).port()).isEqualTo(2000);
        PlugboardConfig all = ConfigLoader.load(file, env, flags("port", "3000"));
        assertThat(all.port()).isEqualTo(3000);
        assertThat(all.host()).isEqualTo("10.0.0.1");
        assertThat(all.dataDir()).isEqualTo(Path.of("/srv/plugboard"));
    }

    @Test
    void a_flag_left_unset_does_not_hide_the_layers_below() {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of("PLUGBOARD_PORT", "2000"), flags("port", null))
                        .port())
                .isEqualTo(2000);
    }

    @Test
    void database_and_signing_key_settings_are_read() {
        PlugboardConfig config = ConfigLoader.load(
                Optional.empty(),
                Map.of("PLUGBOARD_DB_USER", "plugboard", "PLUGBOARD_DB_PASSWORD", "pw", "PLUGBOARD_SIGNING_KEY", KEY),
                flags("db-url", "jdbc:postgresql://db:5432/plugboard"));

        assertThat(config.dbUrl()).contains("jdbc:postgresql://db:5432/plugboard");
        assertThat(config.dbUser()).contains("plugboard");
        assertThat(config.dbPassword().map(p -> p.reveal())).contains("pw");
        assertThat(config.signingKey().map(k -> k.reveal())).contains(KEY);
    }

    @Test
    void every_problem_is_reported_at_once_as_a_sentence_naming_its_key() throws IOException {
        Optional<Path> file = Optional.of(file("prot=8080\n"));
        Map<String, String> env = Map.of("PLUGBOARD_PORT", "eighty", "PLUGBOARD_SIGNING_KEY", "c2hvcnQtc2VjcmV0");

        assertThatThrownBy(() -> ConfigLoader.load(file, env, flags("db-url", "jdbc:mysql://db/x", "host", " ")))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "The configuration file " + file.get()
                                                + " has an unknown key 'prot'; known keys are "
                                                + String.join(", ", ConfigLoader.KEYS) + ".",
                                        "host must not be empty; use 127.0.0.1 for this machine only or 0.0.0.0 for every"
                                                + " interface.",
                                        "port must be a whole number from 0 to 65535 (0 picks a free port), got 'eighty'.",
                                        "db-url must start with jdbc:sqlite: or jdbc:postgresql:, got 'jdbc:mysql://db/x'.",
                                        "signing-key must be base64url of at least 32 random bytes (a signing key needs at least"
                                                + " 32 bytes (base64url), got 12); generate one with: openssl rand -base64 32 |"
                                                + " tr '+/' '-_' | tr -d '='"));
    }

    @Test
    void a_bad_signing_key_is_never_repeated_in_a_problem() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(), Map.of("PLUGBOARD_SIGNING_KEY", "not*base64*at*all"), Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .message()
                .doesNotContain("not*base64*at*all");
    }

    @Test
    void a_data_dir_that_is_a_file_is_a_problem() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of(), flags("data-dir", notADir.toString())))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("data-dir must be a directory, but " + notADir.toAbsolutePath()
                                        + " is a file."));
    }

    @Test
    void an_unreadable_configuration_file_is_a_problem() {
        Path missing = dir.resolve("missing.properties");

        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(missing), Map.of(), Map.of()))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .startsWith("The configuration file " + missing + " cannot be read"));
    }

    @Test
    void health_policy_refresh_and_retention_are_configurable_and_checked_together() {
        PlugboardConfig config = ConfigLoader.load(
                Optional.empty(),
                Map.of("PLUGBOARD_HEALTH_ONLINE_AT", "95", "PLUGBOARD_EXECUTIONS_RETENTION_DAYS", "7"),
                flags("health-minimum-sample", "5", "health-refresh-seconds", "1"));

        assertThat(config.health())
                .isEqualTo(new HealthSettings(
                        new dev.plugboard.domain.health.HealthPolicy(95, 50, 5, 5),
                        java.time.Duration.ofSeconds(1),
                        java.time.Duration.ofDays(7),
                        java.time.Duration.ofDays(90)));
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(), Map.of(), flags("health-online-at", "40", "health-refresh-seconds", "0")))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .hasSize(2)
                                .anySatisfy(p -> assertThat(p).startsWith("health thresholds are inconsistent: "))
                                .contains("health-refresh-seconds must be a whole number from 1 to 60, got '0'."));
    }
}

package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development flag for plain-http webhooks: key, environment, serve flag and help. */
class WebhookConfigTest {
    @TempDir
    Path dir;

    @Test
    void plain_http_webhooks_are_off_unless_the_key_the_environment_or_the_flag_turns_them_on() throws IOException {
        Path file = dir.resolve("plugboard.properties");
        Files.writeString(file, "webhooks-allow-http-loopback=true\n");

        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).webhooks())
                .isEqualTo(WebhookSettings.DEFAULT)
                .isEqualTo(new WebhookSettings(false));
        assertThat(ConfigLoader.load(Optional.of(file), Map.of(), Map.of())
                        .webhooks()
                        .allowHttpLoopback())
                .isTrue();
        assertThat(ConfigLoader.load(
                                Optional.empty(), Map.of("PLUGBOARD_WEBHOOKS_ALLOW_HTTP_LOOPBACK", "TRUE"), Map.of())
                        .webhooks()
                        .allowHttpLoopback())
                .isTrue();
        assertThat(ConfigLoader.load(Optional.of(file), Map.of(), Map.of("webhooks-allow-http-loopback", "false"))
                        .webhooks()
                        .allowHttpLoopback())
                .isFalse();
    }

    @Test
    void a_value_other_than_true_or_false_is_reported_naming_the_key() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(), Map.of("PLUGBOARD_WEBHOOKS_ALLOW_HTTP_LOOPBACK", "yes"), Map.of()))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("webhooks-allow-http-loopback must be true or false, got 'yes'."));
    }

    @Test
    void serve_help_describes_the_flag() {
        StringWriter out = new StringWriter();

        int status = PlugboardCli.execute(
                new String[] {"serve", "--help"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                Map.of());

        assertThat(status).isZero();
        assertThat(out.toString().replaceAll("\\s+", " "))
                .contains("--webhooks-allow-http-loopback For development: accept webhook URLs with plain http to"
                        + " this machine (127.0.0.1, ::1, localhost); otherwise every webhook URL must be https (env"
                        + " PLUGBOARD_WEBHOOKS_ALLOW_HTTP_LOOPBACK=true).");
    }
}

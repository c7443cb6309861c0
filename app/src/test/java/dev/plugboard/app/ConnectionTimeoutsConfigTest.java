package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.http.ConnectionTimeouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slow-client timeouts: keys, environment, defaults and bad values. */
class ConnectionTimeoutsConfigTest {
    @TempDir
    Path dir;

    @Test
    void headers_must_arrive_within_10_seconds_and_a_silent_connection_lasts_60_by_default() {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of(), Map.of()).timeouts())
                .isEqualTo(ConnectionTimeouts.DEFAULT)
                .isEqualTo(new ConnectionTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60)));
    }

    @Test
    void the_keys_are_read_from_a_file_and_the_environment() throws IOException {
        Path file = dir.resolve("plugboard.properties");
        Files.writeString(file, "header-timeout-seconds=5\nidle-timeout-seconds=30\n");

        assertThat(ConfigLoader.load(Optional.of(file), Map.of(), Map.of()).timeouts())
                .isEqualTo(new ConnectionTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
        assertThat(ConfigLoader.load(
                                Optional.of(file),
                                Map.of("PLUGBOARD_HEADER_TIMEOUT_SECONDS", "2", "PLUGBOARD_IDLE_TIMEOUT_SECONDS", "3"),
                                Map.of())
                        .timeouts())
                .isEqualTo(new ConnectionTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)));
    }

    @Test
    void a_value_out_of_range_is_reported_naming_the_key() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        Optional.empty(),
                        Map.of("PLUGBOARD_HEADER_TIMEOUT_SECONDS", "0", "PLUGBOARD_IDLE_TIMEOUT_SECONDS", "soon"),
                        Map.of()))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "header-timeout-seconds must be a whole number from 1 to 3600, got '0'.",
                                        "idle-timeout-seconds must be a whole number from 1 to 3600, got 'soon'."));
    }
}

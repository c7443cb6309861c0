package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.client.example.QuickStart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the client README's example ({@code QuickStart}, from the client's test jar) as a user
 * would, as its own program with the keys in the environment, against a freshly started
 * Plugboard, and checks that it prints exactly what the README shows.
 */
class ClientReadmeExampleIT {
    static final String OUTPUT_MARKER =
            "<!-- example-output: printed by the example above against a fresh Plugboard -->";

    @TempDir
    Path dataDir;

    static String readmeOutput() throws IOException {
        Path readme = ReadmeWalkthroughIT.repo().resolve("client/README.md");
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = lines.indexOf(OUTPUT_MARKER);
        assertThat(start)
                .as("client/README.md has the marker %s", OUTPUT_MARKER)
                .isNotNegative();
        assertThat(lines.get(start + 1)).isEqualTo("```text");
        int end = lines.subList(start + 2, lines.size()).indexOf("```") + start + 2;
        return String.join("\n", lines.subList(start + 2, end)) + "\n";
    }

    @Test
    void the_client_readme_example_prints_what_the_readme_shows() throws Exception {
        try (RunningPlugboard server = new RunningPlugboard(dataDir)) {
            Path out = Files.createTempFile(dataDir, "quick-start", ".out");
            Path err = Files.createTempFile(dataDir, "quick-start", ".err");
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Dstdout.encoding=UTF-8",
                            "-cp",
                            System.getProperty("java.class.path"),
                            QuickStart.class.getName())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().put("PLUGGY_API_URL", server.baseUrl());
            builder.environment().put("PLUGGY_CLIENT_ID", server.clientId());
            builder.environment().put("PLUGGY_CLIENT_SECRET", server.clientSecret());
            Process process = builder.start();
            boolean finished = process.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }

            assertThat(finished).as("the example finished within 60 s").isTrue();
            assertThat(process.exitValue())
                    .as(Files.readString(err, StandardCharsets.UTF_8))
                    .isZero();
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(readmeOutput());
        }
    }
}

package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's walkthrough, line by line, in bash against a freshly started Plugboard, and
 * checks that each command prints exactly what the README shows. The only change made to the
 * commands is the port: the server listens on a free one instead of 8080.
 */
class ReadmeWalkthroughIT {
    static final String MARKER = "<!-- walkthrough:";
    static final String SEPARATOR = "@@plugboard-walkthrough-step@@";

    record Step(String command, String expected) {}

    @TempDir
    Path dataDir;

    static Path repo() {
        return Path.of(System.getProperty("plugboard.repo.dir", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** The {@code console} block after the marker: commands after {@code $ }, then their output. */
    static List<Step> steps() throws IOException {
        List<String> lines = Files.readAllLines(repo().resolve("README.md"), StandardCharsets.UTF_8);
        int start = 0;
        while (!lines.get(start).startsWith(MARKER)) {
            start++;
        }
        assertThat(lines.get(start + 1)).isEqualTo("```console");
        List<Step> steps = new ArrayList<>();
        StringBuilder command = null;
        StringBuilder output = new StringBuilder();
        boolean continued = false;
        for (String line : lines.subList(start + 2, lines.size())) {
            if (line.equals("```")) {
                break;
            }
            if (continued) {
                command.append('\n').append(line);
                continued = line.endsWith("\\");
            } else if (line.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Step(command.toString(), output.toString()));
                }
                command = new StringBuilder(line.substring(2));
                output = new StringBuilder();
                continued = line.endsWith("\\");
            } else {
                output.append(line).append('\n');
            }
        }
        steps.add(new Step(command.toString(), output.toString()));
        return steps;
    }

    @Test
    void every_line_of_the_readme_walkthrough_prints_what_the_readme_shows() throws Exception {
        List<Step> steps = steps();
        assertThat(steps).hasSizeGreaterThanOrEqualTo(20);
        try (RunningPlugboard server = new RunningPlugboard(dataDir)) {
            StringBuilder script = new StringBuilder();
            for (Step step : steps) {
                script.append("echo '").append(SEPARATOR).append("'\n");
                script.append(step.command().replace("127.0.0.1:8080", "127.0.0.1:" + server.plugboard.port()))
                        .append('\n');
            }
            List<String> outputs = run(script.toString());

            assertThat(outputs).hasSize(steps.size());
            for (int i = 0; i < steps.size(); i++) {
                assertThat(outputs.get(i).stripTrailing())
                        .as("output of: $ %s", steps.get(i).command())
                        .isEqualTo(steps.get(i).expected().stripTrailing());
            }
        }
    }

    private List<String> run(String script) throws IOException, InterruptedException {
        Path scriptFile = Files.writeString(dataDir.resolve("walkthrough.sh"), "set -u\n" + script);
        Path out = dataDir.resolve("walkthrough.out");
        Path err = dataDir.resolve("walkthrough.err");
        ProcessBuilder bash = new ProcessBuilder("bash", scriptFile.toString())
                .directory(repo().toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        bash.environment().put("PLUGBOARD_DATA_DIR", dataDir.toString());
        Process process = bash.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES))
                .as("the walkthrough finished")
                .isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        List<String> outputs = new ArrayList<>(List.of(printed.split(SEPARATOR + "\n", -1)));
        outputs.remove(0);
        return outputs;
    }
}

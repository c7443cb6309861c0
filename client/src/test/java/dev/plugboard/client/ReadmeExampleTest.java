package dev.plugboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's example is the compiled {@code QuickStart.java}, character for character, so the
 * example a user copies is the one the build compiles (and the it module runs).
 */
class ReadmeExampleTest {
    static final String MARKER =
            "<!-- example: the block below is src/test/java/dev/plugboard/client/example/QuickStart.java -->";

    static Path moduleDir() {
        return Path.of(System.getProperty("plugboard.client.dir", ".")).toAbsolutePath();
    }

    /** The fenced block after {@code marker}, without its fences. */
    static String block(List<String> lines, String marker, String fence) {
        int start = lines.indexOf(marker);
        assertThat(start).as("the README has the marker %s", marker).isNotNegative();
        assertThat(lines.get(start + 1)).isEqualTo(fence);
        int end = lines.subList(start + 2, lines.size()).indexOf("```") + start + 2;
        return String.join("\n", lines.subList(start + 2, end)) + "\n";
    }

    @Test
    void the_readme_example_is_the_compiled_quick_start_file() throws IOException {
        List<String> readme = Files.readAllLines(moduleDir().resolve("README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(
                moduleDir().resolve("src/test/java/dev/plugboard/client/example/QuickStart.java"),
                StandardCharsets.UTF_8);

        assertThat(block(readme, MARKER, "```java")).isEqualTo(source);
    }
}

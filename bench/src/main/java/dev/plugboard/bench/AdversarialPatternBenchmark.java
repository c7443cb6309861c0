package dev.plugboard.bench;

import dev.plugboard.app.BundledCatalog;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.JsRegex;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every distinct validation pattern of the bundled catalog against hostile values of 10,000 and
 * 100,000 characters: the time must grow linearly with the length (about 10× from one to the
 * other), never explosively as a backtracking engine's would. Each operation tests the pattern
 * against three values, each a long run that the pattern's repeated part accepts, ended by a
 * character that makes the whole match fail: digits ({@code 111…1!}), letters ({@code aaa…a!})
 * and a mix with {@code @} and {@code .} ({@code a@a.a@…@}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AdversarialPatternBenchmark {
    /** The bundled catalog has this many distinct patterns; setup fails if it changes. */
    static final int PATTERNS = 19;

    @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18"})
    public int pattern;

    @Param({"10000", "100000"})
    public int length;

    private JsRegex regex;
    private String digits;
    private String letters;
    private String mixed;

    /** The distinct validation patterns of the bundled catalog, sorted. */
    static List<String> bundledPatterns() {
        TreeSet<String> patterns = new TreeSet<>();
        for (Connector connector : BundledCatalog.load()) {
            for (Credential credential : connector.credentials()) {
                credential.validation().ifPresent(patterns::add);
            }
        }
        return List.copyOf(patterns);
    }

    @Setup
    public void compile() {
        List<String> patterns = bundledPatterns();
        if (patterns.size() != PATTERNS) {
            throw new IllegalStateException("the bundled catalog has " + patterns.size() + " distinct patterns, not "
                    + PATTERNS + ": update PATTERNS and the pattern @Param list");
        }
        regex = JsRegex.compile(patterns.get(pattern));
        digits = "1".repeat(length - 1) + "!";
        letters = "a".repeat(length - 1) + "!";
        mixed = "a@a.".repeat(length / 4 - 1) + "a@a@";
    }

    @Benchmark
    public int threeHostileValues() {
        int matches = 0;
        matches += regex.test(digits) ? 1 : 0;
        matches += regex.test(letters) ? 1 : 0;
        matches += regex.test(mixed) ? 1 : 0;
        return matches;
    }

    /** Prints the index of each pattern, for reading the report. */
    public static void main(String[] args) {
        List<String> patterns = bundledPatterns();
        for (int i = 0; i < patterns.size(); i++) {
            System.out.println(i + "\t" + patterns.get(i));
        }
    }
}

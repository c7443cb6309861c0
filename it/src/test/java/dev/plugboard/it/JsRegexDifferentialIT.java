package dev.plugboard.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.credential.JsRegex;
import dev.plugboard.domain.credential.UnsupportedJsRegexException;
import dev.plugboard.domain.credential.UnsupportedJsRegexException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link JsRegex} against a real JavaScript engine: {@code it/node/regex-oracle.js} answers
 * {@code new RegExp(pattern).test(input)} in Node.js, and every answer must be ours. A pattern
 * JavaScript rejects must be refused; a pattern JavaScript accepts may only be refused for a construct
 * Plugboard refuses on purpose (lookaround, backreference, size), never as a syntax error.
 */
class JsRegexDifferentialIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path NODE_DIR =
            Path.of(System.getProperty("plugboard.node.dir", "node")).toAbsolutePath();
    private static final long SEED = 20_260_801L;

    record Case(String pattern, List<String> inputs) {
        static Case of(String pattern, String... inputs) {
            return new Case(pattern, List.of(inputs));
        }
    }

    /** What a run found: answers compared, refusals shared with JavaScript, and every disagreement. */
    record Outcome(int comparedPairs, int refusedByBoth, int refusedConstructs, int matches, List<String> mismatches) {}

    @Test
    void hand_written_corpus_agrees_with_javascript() throws Exception {
        List<Case> corpus = HandCorpus.cases();

        Outcome outcome = compare("hand-written", corpus);

        assertThat(outcome.mismatches())
                .as(String.join("\n", outcome.mismatches()))
                .isEmpty();
        assertThat(corpus.stream().mapToInt(c -> Math.max(1, c.inputs().size())).sum())
                .isGreaterThanOrEqualTo(150);
        assertThat(outcome.comparedPairs()).isGreaterThanOrEqualTo(150);
        assertThat(outcome.refusedByBoth()).isGreaterThanOrEqualTo(15);
        assertThat(outcome.refusedConstructs()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void bundled_catalog_patterns_agree_with_javascript_on_valid_invalid_and_edge_values() throws Exception {
        List<String> patterns = bundledPatterns();
        List<Case> cases = patterns.stream()
                .map(p -> new Case(p, HandCorpus.CREDENTIAL_VALUES))
                .toList();

        Outcome outcome = compare("bundled catalog", cases);

        assertThat(outcome.mismatches())
                .as(String.join("\n", outcome.mismatches()))
                .isEmpty();
        assertThat(patterns).hasSize(19);
        assertThat(outcome.comparedPairs()).isEqualTo(19 * HandCorpus.CREDENTIAL_VALUES.size());
        for (String pattern : patterns) {
            JsRegex regex = JsRegex.compile(pattern);
            assertThat(HandCorpus.CREDENTIAL_VALUES.stream().filter(regex::test))
                    .as("values %s accepts", pattern)
                    .isNotEmpty()
                    .hasSizeLessThan(HandCorpus.CREDENTIAL_VALUES.size());
        }
    }

    @Test
    void random_patterns_from_a_seeded_grammar_agree_with_javascript() throws Exception {
        RandomPatterns grammar = new RandomPatterns(new Random(SEED));
        List<Case> cases =
                IntStream.range(0, 5_000).mapToObj(i -> grammar.nextCase()).toList();

        Outcome outcome = compare("random (seed " + SEED + ")", cases);

        assertThat(outcome.mismatches())
                .as(String.join("\n", outcome.mismatches()))
                .isEmpty();
        assertThat(outcome.comparedPairs()).isGreaterThanOrEqualTo(2_000);
        assertThat(outcome.matches()).isBetween(outcome.comparedPairs() / 10, outcome.comparedPairs() * 9 / 10);
    }

    @Test
    void random_pattern_text_is_refused_or_answered_as_javascript_does() throws Exception {
        RandomPatterns fuzz = new RandomPatterns(new Random(SEED + 1));
        List<Case> cases =
                IntStream.range(0, 5_000).mapToObj(i -> fuzz.nextTextCase()).toList();

        Outcome outcome = compare("random text (seed " + (SEED + 1) + ")", cases);

        assertThat(outcome.mismatches())
                .as(String.join("\n", outcome.mismatches()))
                .isEmpty();
        assertThat(outcome.comparedPairs()).isGreaterThanOrEqualTo(10_000);
        assertThat(outcome.refusedByBoth()).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void every_utf16_code_unit_is_classified_as_javascript_classifies_it() throws Exception {
        List<String> units = IntStream.range(0, 0x10000)
                .mapToObj(unit -> String.valueOf((char) unit))
                .toList();
        List<Case> cases = List.of(
                        "^.$",
                        "^\\s$",
                        "^\\S$",
                        "^[\\s]$",
                        "^[^\\s]$",
                        "^[\\S]$",
                        "^[^\\S]$",
                        "^\\w$",
                        "^\\W$",
                        "^\\d$",
                        "^\\D$",
                        "^[^]$",
                        "^[\\S\\d]$",
                        "^[^\\Sa]$",
                        "\\b",
                        "^[^a-z\\s\\uD800-\\uDBFF]$")
                .stream()
                .map(pattern -> new Case(pattern, units))
                .toList();

        Outcome outcome = compare("every code unit", cases);

        assertThat(outcome.mismatches())
                .as(String.join("\n", outcome.mismatches()))
                .isEmpty();
        assertThat(outcome.comparedPairs()).isEqualTo(cases.size() * 0x10000);
    }

    private static Outcome compare(String corpus, List<Case> cases) throws Exception {
        List<JsonNode> javaScript = javaScriptAnswers(cases);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int refusedByBoth = 0;
        int refusedConstructs = 0;
        int matches = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonNode answer = javaScript.get(i);
            JsRegex regex;
            try {
                regex = JsRegex.compile(c.pattern());
            } catch (UnsupportedJsRegexException refusal) {
                if (answer.has("error")) {
                    refusedByBoth++;
                } else if (refusal.reason() == Reason.INVALID_SYNTAX || refusal.reason() == Reason.RE2J_REJECTED) {
                    mismatches.add("pattern " + show(c.pattern()) + ": JavaScript accepts it, Plugboard says it "
                            + refusal.getMessage());
                } else {
                    refusedConstructs++;
                }
                continue;
            }
            if (answer.has("error")) {
                mismatches.add("pattern " + show(c.pattern()) + ": JavaScript refuses it ("
                        + answer.get("error").asText() + "), Plugboard accepts it as " + show(regex.re2()));
                continue;
            }
            for (int j = 0; j < c.inputs().size(); j++) {
                String input = c.inputs().get(j);
                boolean js = answer.get(j).asBoolean();
                boolean ours = regex.test(input);
                compared++;
                matches += js ? 1 : 0;
                if (js != ours) {
                    mismatches.add("pattern " + show(c.pattern()) + " (RE2J " + show(regex.re2()) + "), input "
                            + show(input) + ": JavaScript " + js + ", Plugboard " + ours);
                }
            }
        }
        System.out.printf(
                "JsRegexDifferentialIT %s: %d patterns, %d (pattern, input) pairs compared (%d true),"
                        + " %d patterns refused by both, %d refused constructs, %d mismatches%n",
                corpus, cases.size(), compared, matches, refusedByBoth, refusedConstructs, mismatches.size());
        mismatches.stream().limit(50).forEach(System.out::println);
        return new Outcome(compared, refusedByBoth, refusedConstructs, matches, mismatches);
    }

    private static List<JsonNode> javaScriptAnswers(List<Case> cases) throws IOException, InterruptedException {
        assertThat(NODE_DIR.resolve("regex-oracle.js")).exists();
        Path in = Files.createTempFile("regex-oracle", ".in.json");
        Path out = Files.createTempFile("regex-oracle", ".out.json");
        Path err = Files.createTempFile("regex-oracle", ".err");
        try {
            Files.writeString(in, toJson(cases), UTF_8);
            Process node = new ProcessBuilder("node", "regex-oracle.js")
                    .directory(NODE_DIR.toFile())
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            boolean finished = node.waitFor(120, TimeUnit.SECONDS);
            if (!finished) {
                node.destroyForcibly();
            }
            assertThat(finished).as("the oracle finished within 120 s").isTrue();
            assertThat(node.exitValue()).as(Files.readString(err, UTF_8)).isZero();
            List<JsonNode> answers = new ArrayList<>();
            JSON.readTree(out.toFile()).forEach(answers::add);
            assertThat(answers).hasSize(cases.size());
            return answers;
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** JSON with every non-printable or non-ASCII code unit escaped, lone surrogates included. */
    private static String toJson(List<Case> cases) {
        StringBuilder json = new StringBuilder("[");
        for (Case c : cases) {
            json.append(json.length() > 1 ? "," : "").append("{\"pattern\":");
            appendString(json, c.pattern());
            json.append(",\"inputs\":[");
            for (int j = 0; j < c.inputs().size(); j++) {
                json.append(j > 0 ? "," : "");
                appendString(json, c.inputs().get(j));
            }
            json.append("]}");
        }
        return json.append(']').toString();
    }

    private static void appendString(StringBuilder json, String value) {
        json.append('"');
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                json.append("\\u%04x".formatted((int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    /** A pattern or input as Java source would write it, so that every code unit is visible. */
    static String show(String value) {
        StringBuilder shown = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            shown.append(c < 0x20 || c > 0x7E ? "\\u%04X".formatted((int) c) : c == '"' ? "\\\"" : String.valueOf(c));
        }
        return shown.append('"').toString();
    }

    /** Every distinct {@code validation} of the bundled catalog, read from the application's resource. */
    private static List<String> bundledPatterns() throws IOException {
        try (InputStream catalog = JsRegexDifferentialIT.class.getResourceAsStream("/catalog/bundled-catalog.json")) {
            assertThat(catalog).as("the bundled catalog is on the class path").isNotNull();
            Set<String> patterns = new LinkedHashSet<>();
            collectValidations(JSON.readTree(catalog), patterns);
            return List.copyOf(patterns);
        }
    }

    private static void collectValidations(JsonNode node, Set<String> patterns) {
        if (node.isObject() && node.path("validation").isTextual()) {
            patterns.add(node.get("validation").asText());
        }
        node.forEach(child -> collectValidations(child, patterns));
    }

    /** The hand-written corpus: every translation rule, with inputs on both sides of it. */
    static final class HandCorpus {
        static final List<String> CREDENTIAL_VALUES = List.of(
                "",
                "user-ok",
                "user-x",
                "user-" + "a".repeat(50),
                "user-" + "a".repeat(51),
                "user-\uD83D\uDE00",
                "USER-ok",
                " user-ok",
                "user-ok\n",
                "user-a\nb",
                "123456",
                "12345",
                "1234567",
                "123456\n",
                "\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16",
                "\u0661\u0662\u0663\u0664\u0665\u0666",
                "1234",
                "12345678",
                "123456789",
                "1234-5",
                "1234-",
                "1234-X",
                "1234x",
                "1234567-8",
                "12345678-X",
                "123.456.789-09",
                "12345678909",
                "123.456.789-0",
                "123-456-789.09",
                "12.345.678/0001-95",
                "12345678000195",
                "12.345.678/0001-9",
                "abc",
                "abcd",
                "Abc123",
                "abc_123",
                "a".repeat(20),
                "a".repeat(21),
                "a".repeat(30),
                "a".repeat(31),
                "secret",
                "s3cr3t!!",
                "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
                "\uD83D\uDE00\uD83D\uDE00",
                "\uD800\uD800\uD800\uD800\uD800\uD800",
                "pass\u2028word",
                "a@b.c",
                "name@example.com",
                "a@b",
                "a b@c.d",
                "a@@b.c",
                "MASTER",
                "OPERADOR",
                "master",
                "MASTER\n",
                "OPERADORES");

        static List<Case> cases() {
            List<Case> cases = new ArrayList<>();
            cases.addAll(dotAndLineTerminators());
            cases.addAll(whitespace());
            cases.addAll(codeUnits());
            cases.addAll(escapes());
            cases.addAll(classes());
            cases.addAll(bracesAndAnchors());
            cases.addAll(groupsAndQuantifiers());
            cases.addAll(refusals());
            return cases;
        }

        private static List<Case> dotAndLineTerminators() {
            return List.of(
                    Case.of("^.$", "a", "\n", "\r", "\u2028", "\u2029", "\u0085", "\t", "", "ab", "\u000B"),
                    Case.of("a.b", "a\nb", "a\u2028b", "a b", "a\u0000b", "a\rb", "ab"),
                    Case.of("^.+$", "abc", "ab\nc", "abc\n"),
                    Case.of("^[.]$", ".", "a"));
        }

        private static List<Case> whitespace() {
            return List.of(
                    Case.of(
                            "^\\s$", " ", "\u00A0", "\uFEFF", "\u1680", "\u180E", "\u200B", "\u0085", "\t", "\u000B",
                            "\u000C", "\u3000", "\u2007", "\u200A", "\u202F", "\u205F", "x", "\n", "\u2028"),
                    Case.of("^\\S+$", "a\u00A0b", "ab", "a\uFEFFb", "\u200B"),
                    Case.of("^[\\s]+$", " \u00A0\uFEFF", "a"),
                    Case.of("^[^\\s]+$", "ab", "a\u3000b"),
                    Case.of("^[\\S]$", "a", "\u00A0", "\uD83D"),
                    Case.of("^[\\s\\S]$", "\n", "a", "\uDE00", ""),
                    Case.of("^[^\\S]$", " ", "\uFEFF", "a"),
                    Case.of("^[\\S\\d]$", "5", " ", "\u00A0"),
                    Case.of("^[^\\S\\d]$", " ", "5", "a"),
                    Case.of("^[a\\S]$", "a", "\t"));
        }

        private static List<Case> codeUnits() {
            String emoji = "\uD83D\uDE00";
            return List.of(
                    Case.of("^.{2}$", emoji, "ab", "a", "\uD83D"),
                    Case.of("^.$", emoji, "\uD800", "\uDFFF"),
                    Case.of("^" + emoji + "{2}$", emoji + "\uDE00", emoji + emoji),
                    Case.of("^[" + emoji + "]$", "\uD83D", "\uDE00", emoji),
                    Case.of("^[^a]{2}$", emoji, "\uDE00\uD83D"),
                    Case.of("\\uD83D", emoji, "\uD83D", "\uDE00"),
                    Case.of("^\\uD83D\\uDE00$", emoji, "\uDE00\uD83D"),
                    Case.of("^[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]$", emoji, "\uDE00\uD83D", "\uD800\uDC00"),
                    Case.of("^[^\\uD83D]$", "\uDE00", "\uD83D"),
                    Case.of("^\\W$", "\uDFFF", "a"),
                    Case.of("\\b", "\uD800a", "\uD800\uDC00"),
                    Case.of("^[\\u0000-\\uFFFF]+$", "abc\n\uD83D", "\uDE00"),
                    Case.of("^[\\uD7FF-\\uE000]$", "\uD7FF", "\uDB00", "\uE000", "\uE001"),
                    Case.of("^\uD83D\uDE00$", emoji, "\uD83D"),
                    Case.of("\u00E9", "caf\u00E9", "cafe"));
        }

        private static List<Case> escapes() {
            return List.of(
                    Case.of("^\\a\\e\\z\\A\\Q\\E\\p\\C\\y$", "aezAQEpCy", "\u0007"),
                    Case.of("^\\/\\-\\.\\$$", "/-.$", "/-a$"),
                    Case.of("\\z", "z", ""),
                    Case.of("^\\Q.\\E$", "Q.E", "QxE", "."),
                    Case.of("^\\p{L}$", "p{L}", "a"),
                    Case.of("^\\0$", "\u0000", "0"),
                    Case.of("^\\08$", "\u00008", "\u0008"),
                    Case.of("^\\012$", "\n", "12"),
                    Case.of("^\\101$", "A", "101"),
                    Case.of("^\\400$", " 0", "\u0100"),
                    Case.of("^\\8$", "8", "\u0008"),
                    Case.of("^(a)\\2$", "a\u0002", "aa"),
                    Case.of("^(a)\\10$", "a\u0008", "aa0"),
                    Case.of("^\\cJ$", "\n", "cJ"),
                    Case.of("^\\cj$", "\n", "j"),
                    Case.of("^\\c1$", "\\c1", "\u0011"),
                    Case.of("^\\c$", "\\c", "c"),
                    Case.of("^\\x41$", "A", "x41"),
                    Case.of("^\\x4$", "x4", "\u0004"),
                    Case.of("^\\u00e9$", "\u00E9", "e"),
                    Case.of("^\\u00E9$", "\u00E9", "E"),
                    Case.of("^\\u{2}$", "uu", "\u0002"),
                    Case.of("^\\u004$", "u004", "\u0004"),
                    Case.of("^\\t\\n\\r\\f\\v$", "\t\n\r\f\u000B", "tnrfv"),
                    Case.of("^\\k<a>$", "k<a>", "a"),
                    Case.of("^\\ $", " ", ""),
                    Case.of("^\\\\$", "\\", ""),
                    Case.of("\\b", "a b", "  ", "", "\u00E9"),
                    Case.of("^\\B$", "", "a"),
                    Case.of("a\\Bb", "ab", "a b"));
        }

        private static List<Case> classes() {
            return List.of(
                    Case.of("^[^]$", "\n", "a", "\uD83D\uDE00", ""),
                    Case.of("^[^]{2}$", "\uD83D\uDE00", "a"),
                    Case.of("[]", "", "a", "[]"),
                    Case.of("a|[]", "a", "b"),
                    Case.of("[]]", "]", "[]]"),
                    Case.of("^[^]]$", "a]", "]]"),
                    Case.of("^[\\b]$", "\b", "b", "\\"),
                    Case.of("^[\\B]$", "B", "\\"),
                    Case.of("^[\\0]$", "\u0000", "0"),
                    Case.of("^[\\1]$", "\u0001", "1"),
                    Case.of("^[\\8]$", "8", "\\"),
                    Case.of("^[\\c1]$", "\u0011", "c"),
                    Case.of("^[\\c_]$", "\u001F", "_"),
                    Case.of("^[\\c*]+$", "\\c*", "x"),
                    Case.of("^[\\cJ]$", "\n", "J"),
                    Case.of("^[\\d-z]+$", "1-z", "a"),
                    Case.of("^[a-\\d]+$", "a-1", "b"),
                    Case.of("^[a-c-e]+$", "a-be", "d"),
                    Case.of("^[--0]+$", "-./0", "1"),
                    Case.of("^[\\-]$", "-", "\\"),
                    Case.of("^[a-]$", "-", "b"),
                    Case.of("^[\\x41-\\x43]$", "B", "D"),
                    Case.of("^[\\u00e0-\\u00ff]$", "\u00E9", "e"),
                    Case.of("^[\\w-]+$", "a_b-c", "a.b"),
                    Case.of("^[\\W\\d]+$", "1 2", "a"),
                    Case.of("^[^\\W\\d]+$", "abc", "a1"),
                    Case.of("^[(?=)]+$", "(?=)", "a"),
                    Case.of("^[\\k]$", "k", "\\"),
                    Case.of("^[$^.*+?{}|()]+$", "$^.*+?{}|()", "a"));
        }

        private static List<Case> bracesAndAnchors() {
            return List.of(
                    Case.of("a{", "a{", "a"),
                    Case.of("^{foo}$", "{foo}", "foo"),
                    Case.of("^a{,3}$", "a{,3}", "aaa"),
                    Case.of("^a{1,2$", "a{1,2", "a"),
                    Case.of("^a{2}$", "aa", "aaa", "a"),
                    Case.of("^a{2,}$", "aaaa", "a"),
                    Case.of("^a{1,3}$", "aaa", "aaaa"),
                    Case.of("^a{01}$", "a", "a{01}"),
                    Case.of("^a{0}b$", "b", "ab"),
                    Case.of("^a{ 2}$", "a{ 2}", "aa"),
                    Case.of("^a{2,3}?$", "aa", "a"),
                    Case.of("^x{2}{$", "xx{", "xx"),
                    Case.of("^}$", "}", ""),
                    Case.of("^]$", "]", ""),
                    Case.of("^a{1000}$", "a".repeat(1000), "a".repeat(999)),
                    Case.of("^a{2,99999999999}$", "aaa", "a"),
                    Case.of("^abc$", "abc", "abc\n", "\nabc", "abc\r", "abc\u2028"),
                    Case.of("^$", "", "\n"),
                    Case.of("a$", "a\n", "ba"),
                    Case.of("^a", "\na", "ab"),
                    Case.of("a^b", "ab", "a\nb"),
                    Case.of("(?:^)*a", "a", "b"),
                    Case.of("^\\d{4}", "12345", "123"));
        }

        private static List<Case> groupsAndQuantifiers() {
            return List.of(
                    Case.of("^(?<year>\\d{4})-(?<month>\\d\\d)$", "2024-01", "2024-1"),
                    Case.of("^(?<$a_1>x)$", "x", "y"),
                    Case.of("^(?:ab|cd)+$", "abcdab", "abc"),
                    Case.of("^(a|)+$", "", "aaa", "b"),
                    Case.of("^(a*)*b$", "aaab", "aaa"),
                    Case.of("^(?:a?){3}$", "aa", "aaaa"),
                    Case.of("^a+?b*?c??$", "aab", "c"),
                    Case.of("", "", "anything"),
                    Case.of("|", "", "x"),
                    Case.of("^()$", "", "a"),
                    Case.of("^(?:)*$", "", "a"),
                    Case.of("^(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\11$", "abcdefghij\t", "abcdefghija1"),
                    Case.of("^(((a)))$", "a", "aa"),
                    // Short inputs: V8 backtracks exponentially on these (the reason for RE2J).
                    Case.of("^(a+)+$", "a".repeat(18), "a".repeat(18) + "!"),
                    Case.of("(x+x+)+y", "x".repeat(18), "x".repeat(18) + "y"));
        }

        private static List<Case> refusals() {
            return List.of(
                    Case.of("a(?=b)", "ab"),
                    Case.of("a(?!b)", "ac"),
                    Case.of("(?<=a)b", "ab"),
                    Case.of("(?<!a)b", "cb"),
                    Case.of("(a)\\1", "aa"),
                    Case.of("\\1(a)", "a"),
                    Case.of("(?<n>a)\\k<n>", "aa"),
                    Case.of("a{1001}", "a"),
                    Case.of("(?:a{100}){11}", "a"),
                    Case.of("(?=a)*b", "b"),
                    Case.of("x{2,1}", "xx"),
                    Case.of("{2}", "{2}"),
                    Case.of("a{2}{3}", "aaaaaa"),
                    Case.of("^*", ""),
                    Case.of("\\b+", ""),
                    Case.of("a**", "a"),
                    Case.of("a|*", "a"),
                    Case.of("(*)", ""),
                    Case.of("(", ""),
                    Case.of("a)", "a"),
                    Case.of("[a", "a"),
                    Case.of("\\", "\\"),
                    Case.of("[z-a]", "z"),
                    Case.of("(?<1a>x)", "x"),
                    Case.of("(?<a>x)\\k", "x"),
                    Case.of("(?<a>x)\\k<b>", "x"),
                    Case.of("(?<a>x)[\\k]", "k"),
                    Case.of("(?<a>x)(?<a>y)", "xy"),
                    Case.of("(?", ""),
                    Case.of("(?P<a>x)", "x"),
                    Case.of("(?<=a)*", "a"),
                    Case.of("$+", ""));
        }
    }

    /**
     * Patterns from a small grammar of the constructs JsRegex supports, with a few it refuses; and
     * raw pattern text, to reach the parser's corners.
     */
    static final class RandomPatterns {
        private static final List<String> LITERALS = List.of(
                "a",
                "b",
                "A",
                "0",
                "_",
                " ",
                "-",
                ",",
                "/",
                "k",
                "u",
                "x",
                "c",
                "\u00E9",
                "\uD83D\uDE00",
                "\uD83D",
                "\uDE00",
                "\n",
                "\u00A0",
                "{",
                "}",
                "]",
                "{x}",
                "a{",
                "{,2}");
        private static final List<String> ESCAPES = List.of(
                "\\s", "\\S", "\\d", "\\D", "\\w", "\\W", "\\x41", "\\x4", "\\u00e9", "\\uD83D", "\\uDE00", "\\u{2}",
                "\\0", "\\08", "\\01", "\\101", "\\8", "\\cJ", "\\ca", "\\c1", "\\c", "\\t", "\\n", "\\r", "\\v", "\\f",
                "\\a", "\\e", "\\z", "\\A", "\\Q", "\\E", "\\p", "\\C", "\\y", "\\/", "\\-", "\\.", "\\$", "\\k", "\\ ",
                "\\\\", "\\{", "\\]");
        private static final List<String> CLASS_ITEMS = List.of(
                "a",
                "b-d",
                "\\s",
                "\\S",
                "\\d",
                "\\D",
                "\\w",
                "\\W",
                "\\b",
                "\\B",
                "\\cJ",
                "\\c1",
                "\\c_",
                "\\x41",
                "\\uD83D",
                "\\uDC00-\\uDFFF",
                "\\0",
                "-",
                "\\-",
                "^",
                "\uD83D\uDE00",
                "\\u00a0",
                "\\n",
                "\u00E9",
                "a-\\d",
                "\\s-z",
                ".",
                "$",
                "(",
                "[",
                "\\1",
                "\\8",
                "k",
                " ",
                "\\ufeff");
        private static final List<String> QUANTIFIERS =
                List.of("*", "+", "?", "{0}", "{1}", "{2}", "{1,}", "{0,2}", "{2,3}", "{,2}", "{2,1}");
        private static final List<String> ASSERTIONS = List.of("^", "$", "\\b", "\\B");
        private static final List<String> REFUSED = List.of("(?=a)", "(?!b)", "(?<=a)", "(?<!b)", "\\1", "(?i:a)");
        private static final List<String> INVALID = List.of("*", "(", ")", "[", "\\", "(?<1>a)");
        private static final char[] INPUT_UNITS = ("abA09_ -,/kuxcQEpz.$\\{}]\u00E9\uD83D\uDE00\n\r\u2028\u00A0"
                        + "\uFEFF\t\u000B\b\u0000\u0001\u0011\u0002")
                .toCharArray();

        private static final String PATTERN_TEXT =
                "()[]{}\\^$.*+?|-,:=!<>0123456789abcdkuxpsSwWbBDQEz \uD83D\uDE00\u00E9\n";

        private final Random random;
        private int groupNames;

        RandomPatterns(Random random) {
            this.random = random;
        }

        Case nextCase() {
            groupNames = 0;
            String pattern = alternation(0);
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                inputs.add(input());
            }
            inputs.add(excerpt(pattern.replace("\\", "")));
            return new Case(pattern, inputs);
        }

        /** Any short text over the characters regex syntax is made of: mostly invalid, never a crash. */
        Case nextTextCase() {
            int length = random.nextInt(12);
            StringBuilder pattern = new StringBuilder();
            for (int i = 0; i < length; i++) {
                pattern.append(PATTERN_TEXT.charAt(random.nextInt(PATTERN_TEXT.length())));
            }
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                inputs.add(input());
            }
            inputs.add(excerpt(pattern.toString().replace("\\", "")));
            return new Case(pattern.toString(), inputs);
        }

        private String alternation(int depth) {
            String sequence = sequence(depth);
            return random.nextInt(5) == 0 ? sequence + "|" + sequence(depth) : sequence;
        }

        private String sequence(int depth) {
            StringBuilder sequence = new StringBuilder();
            int terms = 1 + random.nextInt(3);
            for (int i = 0; i < terms; i++) {
                sequence.append(term(depth));
            }
            return sequence.toString();
        }

        private String term(int depth) {
            int roll = random.nextInt(100);
            if (roll < 2) {
                return pick(REFUSED);
            }
            if (roll < 3) {
                return pick(INVALID);
            }
            if (roll < 12) {
                return pick(ASSERTIONS);
            }
            String atom = atom(depth);
            if (random.nextInt(3) > 0) {
                return atom;
            }
            return atom + pick(QUANTIFIERS) + (random.nextInt(4) == 0 ? "?" : "");
        }

        private String atom(int depth) {
            int roll = random.nextInt(depth < 2 ? 6 : 4);
            return switch (roll) {
                case 0 -> pick(LITERALS);
                case 1 -> random.nextBoolean() ? "." : pick(LITERALS);
                case 2 -> pick(ESCAPES);
                case 3 -> characterClass();
                default -> group(depth);
            };
        }

        private String characterClass() {
            StringBuilder members = new StringBuilder(random.nextInt(4) == 0 ? "[^" : "[");
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                members.append(pick(CLASS_ITEMS));
            }
            return members.append(']').toString();
        }

        private String group(int depth) {
            String open = switch (random.nextInt(3)) {
                case 0 -> "(";
                case 1 -> "(?:";
                default -> "(?<g" + (++groupNames) + ">";
            };
            return open + alternation(depth + 1) + ")";
        }

        /**
         * At most 10 units of the pattern's own text, so that literals match now and then; longer
         * inputs make V8 backtrack for minutes on nested quantifiers like {@code (..*)*}.
         */
        private String excerpt(String text) {
            int from = text.length() <= 10 ? 0 : random.nextInt(text.length() - 10);
            return text.substring(from, Math.min(text.length(), from + 10));
        }

        private String input() {
            int length = random.nextInt(7);
            char[] units = new char[length];
            for (int i = 0; i < length; i++) {
                units[i] = INPUT_UNITS[random.nextInt(INPUT_UNITS.length)];
            }
            return new String(units);
        }

        private String pick(List<String> choices) {
            return choices.get(random.nextInt(choices.size()));
        }
    }
}

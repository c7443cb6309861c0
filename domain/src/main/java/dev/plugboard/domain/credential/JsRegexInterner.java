package dev.plugboard.domain.credential;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles each distinct JavaScript source once and hands out the same {@link JsRegex} for it.
 * A catalog repeats a dozen credential patterns over all its connectors; compiled one by one, a
 * 100,000-connector catalog held 2.9 million RE2J instructions (110 MiB) for them. A
 * {@code JsRegex} is immutable and thread-safe, so every connector can share one.
 *
 * <p>One interner lives as long as one catalog snapshot is built, so it holds no more than that
 * catalog's distinct patterns and no pattern outlives the snapshots using it. Not thread-safe: a
 * snapshot is built on one thread. Refused sources are not kept; asking again refuses again, so
 * every connector using one is reported.
 */
public final class JsRegexInterner {
    private final Map<String, JsRegex> compiled = new HashMap<>();

    /**
     * The shared compiled form of {@code source}, compiled now if this interner has not seen it.
     *
     * @throws UnsupportedJsRegexException as {@link JsRegex#compile} does
     */
    public JsRegex compile(String source) {
        Objects.requireNonNull(source, "source");
        JsRegex known = compiled.get(source);
        if (known != null) {
            return known;
        }
        JsRegex regex = JsRegex.compile(source);
        compiled.put(source, regex);
        return regex;
    }

    /** How many distinct sources this interner holds compiled. */
    public int size() {
        return compiled.size();
    }
}

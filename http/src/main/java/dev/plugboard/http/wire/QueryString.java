package dev.plugboard.http.wire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decoded query string in the forms clients really send (contract §4): repeated keys
 * ({@code types=A&types=B}) and bracket-indexed keys ({@code types[0]=A}, {@code types[]=A}) are
 * gathered under the bare name; {@code +} is a space; percent escapes are UTF-8.
 */
public final class QueryString {
    private static final Pattern BRACKETED = Pattern.compile("(.+?)\\[[0-9]*\\]");

    private final Map<String, List<String>> values;

    private QueryString(Map<String, List<String>> values) {
        this.values = values;
    }

    public static QueryString parse(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return new QueryString(values);
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq), pair);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), key);
            Matcher bracketed = BRACKETED.matcher(key);
            String name = bracketed.matches() ? bracketed.group(1) : key;
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new QueryString(values);
    }

    private static String decode(String text, String parameter) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    ApiError.INVALID_QUERY_PARAMETER, parameter, text, "it has a broken percent escape.");
        }
    }

    /** Every value sent under {@code name} (in any of the accepted forms), in order. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * The one value of a single-valued parameter; empty when absent or blank. Sent twice with the
     * same value is accepted; with different values it is a 400, because either answer would be a
     * guess.
     */
    public Optional<String> single(String name) {
        List<String> sent =
                all(name).stream().filter(v -> !v.isEmpty()).distinct().toList();
        if (sent.size() > 1) {
            throw new ApiException(ApiError.CONFLICTING_QUERY_PARAMETER, name);
        }
        return sent.stream().findFirst();
    }
}

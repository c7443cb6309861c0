package dev.plugboard.http.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
 * gathered under the bare name; {@code +} is a space; percent escapes are UTF-8, and a broken
 * escape or one that is not UTF-8 is a 400 naming the parameter.
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
            String name = key;
            if (key.indexOf('[') >= 0) {
                Matcher bracketed = BRACKETED.matcher(key);
                name = bracketed.matches() ? bracketed.group(1) : key;
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new QueryString(values);
    }

    /**
     * Percent escapes must spell UTF-8: a malformed sequence is refused rather than turned into
     * U+FFFD, which would quietly search for something else.
     */
    private static String decode(String text, String parameter) {
        if (text.indexOf('%') < 0) {
            return text.replace('+', ' ');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int literal = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%') {
                int high = i + 2 < text.length() ? hexDigit(text.charAt(i + 1)) : -1;
                int low = high < 0 ? -1 : hexDigit(text.charAt(i + 2));
                if (low < 0) {
                    throw new ApiException(
                            ApiError.INVALID_QUERY_PARAMETER, parameter, text, "it has a broken percent escape.");
                }
                bytes.writeBytes(text.substring(literal, i).replace('+', ' ').getBytes(StandardCharsets.UTF_8));
                bytes.write(high * 16 + low);
                i += 2;
                literal = i + 1;
            }
        }
        bytes.writeBytes(text.substring(literal).replace('+', ' ').getBytes(StandardCharsets.UTF_8));
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(
                    ApiError.INVALID_QUERY_PARAMETER,
                    parameter,
                    text,
                    "its percent escapes are not UTF-8 (ú is %C3%BA).");
        }
    }

    private static int hexDigit(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
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
        List<String> given = values.get(name);
        if (given == null) {
            return Optional.empty();
        }
        if (given.size() == 1) {
            String value = given.get(0);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        List<String> sent =
                all(name).stream().filter(v -> !v.isEmpty()).distinct().toList();
        if (sent.size() > 1) {
            throw new ApiException(ApiError.CONFLICTING_QUERY_PARAMETER, name);
        }
        return sent.stream().findFirst();
    }
}

package dev.plugboard.http.admin;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A connector's revision as an entity tag: {@code "r7"}. */
public final class ETags {
    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"r([0-9]{1,18})\"\\s*");

    private ETags() {}

    public static String of(long revision) {
        return "\"r" + revision + "\"";
    }

    /**
     * The revision an {@code If-Match} header names: empty when there is no header; {@code -1}
     * for {@code *} (whatever the current revision is); {@code 0} for a tag that is not one of
     * ours, which never matches.
     */
    public static OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        if (header.strip().equals("*")) {
            return OptionalLong.of(-1);
        }
        Matcher matcher = TAG.matcher(header);
        return OptionalLong.of(matcher.matches() ? Long.parseLong(matcher.group(1)) : 0);
    }
}

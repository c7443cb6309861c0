package dev.plugboard.http.wire;

/**
 * {@code If-None-Match} as RFC 9110 §13.1.2 reads it: {@code *}, or a comma-separated list of entity
 * tags compared weakly (a {@code W/} prefix on either side is ignored; the opaque quoted parts must
 * be equal). A malformed list matches nothing, so the full answer is sent.
 */
public final class EntityTags {
    private EntityTags() {}

    /** Whether {@code ifNoneMatch} names {@code etag} (a strong tag, {@code "…"}) or is {@code *}. */
    public static boolean noneMatchFails(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String header = ifNoneMatch.strip();
        if (header.equals("*")) {
            return true;
        }
        int at = 0;
        while (at < header.length()) {
            at = skipListSeparators(header, at);
            if (at >= header.length()) {
                return false;
            }
            if (header.startsWith("W/", at)) {
                at += 2;
            }
            if (at >= header.length() || header.charAt(at) != '"') {
                return false;
            }
            int close = header.indexOf('"', at + 1);
            if (close < 0) {
                return false;
            }
            if (header.regionMatches(at, etag, 0, etag.length()) && close + 1 - at == etag.length()) {
                return true;
            }
            at = close + 1;
        }
        return false;
    }

    private static int skipListSeparators(String header, int at) {
        while (at < header.length()
                && (header.charAt(at) == ',' || header.charAt(at) == ' ' || header.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }
}

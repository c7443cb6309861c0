package dev.plugboard.http.admin;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A connector's revision as an entity tag: {@code "r7"}. */
public final class ETags {
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"r([0-9]{1,18})\"");

    private ETags() {}

    /**
     * What an {@code If-Match} header accepts: any current revision ({@code *}), or the revisions
     * it lists (RFC 9110 allows several tags separated by commas). Tags that are not ours are kept
     * as matching nothing.
     */
    public record IfMatch(boolean any, Set<Long> revisions) {
        public IfMatch {
            revisions = Set.copyOf(revisions);
        }

        public static IfMatch anyRevision() {
            return new IfMatch(true, Set.of());
        }

        public static IfMatch revision(long revision) {
            return new IfMatch(false, Set.of(revision));
        }

        /** Whether a connector stored at {@code revision} satisfies this precondition. */
        public boolean matches(long revision) {
            return any || revisions.contains(revision);
        }
    }

    public static String of(long revision) {
        return "\"r" + revision + "\"";
    }

    /** The precondition an {@code If-Match} header states; empty when there is no header. */
    public static Optional<IfMatch> ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        if (header.strip().equals("*")) {
            return Optional.of(IfMatch.anyRevision());
        }
        Set<Long> revisions = new HashSet<>();
        for (String tag : header.split(",")) {
            Matcher matcher = TAG.matcher(tag.strip());
            if (matcher.matches()) {
                revisions.add(Long.parseLong(matcher.group(1)));
            }
        }
        return Optional.of(new IfMatch(false, revisions));
    }
}

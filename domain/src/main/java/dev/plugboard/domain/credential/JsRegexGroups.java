package dev.plugboard.domain.credential;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What JavaScript learns about a pattern's groups before parsing it: {@code \2} is a backreference
 * only if the whole pattern (before or after the escape) has at least two capturing groups, and
 * {@code \k} means a named reference only if the pattern has a named group anywhere.
 *
 * @param captureCount the number of capturing groups, named or not
 * @param names the source text of every group name, in order
 */
record JsRegexGroups(int captureCount, Set<String> names) {
    JsRegexGroups {
        names = Set.copyOf(names);
    }

    boolean hasNames() {
        return !names.isEmpty();
    }

    /** Counts groups as V8 does: skipping escapes and the contents of character classes. */
    static JsRegexGroups scan(String source) {
        int captures = 0;
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = endOfClass(source, i + 1);
            } else if (c == '(' && !source.startsWith("?", i + 1)) {
                captures++;
            } else if (c == '(' && isNamedGroup(source, i)) {
                captures++;
                int end = source.indexOf('>', i + 3);
                if (end > 0) {
                    names.add(source.substring(i + 3, end));
                }
            }
            i++;
        }
        return new JsRegexGroups(captures, names);
    }

    private static boolean isNamedGroup(String source, int open) {
        return source.startsWith("?<", open + 1)
                && !source.startsWith("?<=", open + 1)
                && !source.startsWith("?<!", open + 1);
    }

    /** The index of the {@code ]} closing a class whose contents start at {@code from}. */
    private static int endOfClass(String source, int from) {
        int i = from;
        while (i < source.length() && source.charAt(i) != ']') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}

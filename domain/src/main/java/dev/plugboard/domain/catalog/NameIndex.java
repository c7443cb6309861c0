package dev.plugboard.domain.catalog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the connectors whose folded name contains a folded query, answering exactly what
 * {@code foldedName.contains(query)} answers for each, without scanning every name.
 *
 * <p>The folded names are stored one after another in one {@code char[]}; a suffix array sorts
 * every position of that text by the rest of its own name (a name's end sorts before any
 * character, and a match never runs into the next name). The suffixes starting with the query
 * are then one contiguous run, found by two binary searches, and each names its connector. When
 * that run is much longer than the names still to check (a one-letter query, or a query already
 * narrowed by type or flag), those names are checked directly in the text instead; a query of one
 * frequent character takes the set of names holding it, made with the index.
 *
 * <p>Built by prefix doubling, O(n log n) in the text's length whatever the names hold. Immutable.
 */
final class NameIndex {
    /** Marking one suffix's connector against checking one character of a name directly. */
    private static final int MARK_COST_IN_CHARS = 2;

    private final char[] text;
    /** Where position k's name starts in {@link #text}; {@code offsets[k + 1]} is where it ends. */
    private final int[] offsets;
    /** Every start in {@link #text}, in the order of the rest of its name. */
    private final int[] suffixes;
    /** The position of the name each suffix belongs to. */
    private final int[] owners;
    /**
     * For each character frequent enough that marking its occurrences one by one would cost more
     * than combining a ready set (more occurrences than the sets have words): the names holding it.
     * A one-letter query, the first keystroke of a search-as-you-type box, is then one pass of
     * bit words instead of one bit per occurrence (93,000 of 100,000 names hold an "a").
     */
    private final Map<Character, PositionSet> byFrequentCharacter;

    private NameIndex(
            char[] text, int[] offsets, int[] suffixes, int[] owners, Map<Character, PositionSet> byFrequentCharacter) {
        this.text = text;
        this.offsets = offsets;
        this.suffixes = suffixes;
        this.owners = owners;
        this.byFrequentCharacter = byFrequentCharacter;
    }

    /** Indexes folded names, position {@code k} being {@code foldedNames.get(k)}. */
    static NameIndex of(List<String> foldedNames) {
        int[] offsets = new int[foldedNames.size() + 1];
        long length = 0;
        for (int k = 0; k < foldedNames.size(); k++) {
            length += foldedNames.get(k).length();
            if (length > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the connectors' names hold more than 2^31 characters");
            }
            offsets[k + 1] = (int) length;
        }
        char[] text = new char[(int) length];
        int[] ownerOf = new int[text.length];
        for (int k = 0; k < foldedNames.size(); k++) {
            foldedNames.get(k).getChars(0, foldedNames.get(k).length(), text, offsets[k]);
            Arrays.fill(ownerOf, offsets[k], offsets[k + 1], k);
        }
        int[] suffixes = SuffixSorting.sort(text, offsets);
        int[] owners = new int[suffixes.length];
        for (int i = 0; i < suffixes.length; i++) {
            owners[i] = ownerOf[suffixes[i]];
        }
        return new NameIndex(text, offsets, suffixes, owners, byFrequentCharacter(text, ownerOf, offsets.length - 1));
    }

    private static Map<Character, PositionSet> byFrequentCharacter(char[] text, int[] ownerOf, int names) {
        int[] occurrences = new int[Character.MAX_VALUE + 1];
        for (char c : text) {
            occurrences[c]++;
        }
        int frequent = names / 64 + 1;
        Map<Character, PositionSet> sets = new HashMap<>();
        for (int p = 0; p < text.length; p++) {
            if (occurrences[text[p]] >= frequent) {
                sets.computeIfAbsent(text[p], c -> PositionSet.none(names)).add(ownerOf[p]);
            }
        }
        return Map.copyOf(sets);
    }

    /** Keeps in {@code positions} only those whose name contains {@code query} (folded, not empty). */
    void retainContaining(String query, PositionSet positions) {
        PositionSet holding = query.length() == 1 ? byFrequentCharacter.get(query.charAt(0)) : null;
        if (holding != null) {
            positions.retainAll(holding);
            return;
        }
        int from = firstSuffixNotBefore(query, false);
        int to = firstSuffixNotBefore(query, true);
        int names = offsets.length - 1;
        long averageLength = names == 0 ? 0 : text.length / names + 1;
        if (positions.count() * averageLength < (long) (to - from) * MARK_COST_IN_CHARS) {
            positions.retainIf(k -> contains(k, query));
        } else {
            positions.retainAll(owners(from, to));
        }
    }

    /** Every position whose name contains {@code query} (folded, not empty), from the suffix array alone. */
    PositionSet containing(String query) {
        return owners(firstSuffixNotBefore(query, false), firstSuffixNotBefore(query, true));
    }

    /** Whether the name at {@code position} contains {@code query}, checked in the text alone. */
    boolean contains(int position, String query) {
        int last = offsets[position + 1] - query.length();
        char first = query.charAt(0);
        for (int start = offsets[position]; start <= last; start++) {
            if (text[start] == first && matchesAt(start, query)) {
                return true;
            }
        }
        return false;
    }

    private PositionSet owners(int from, int to) {
        PositionSet named = PositionSet.none(offsets.length - 1);
        for (int i = from; i < to; i++) {
            named.add(owners[i]);
        }
        return named;
    }

    /**
     * The first suffix not ordered before the query: with {@code past}, the first that neither
     * starts with the query nor sorts before it.
     */
    private int firstSuffixNotBefore(String query, boolean past) {
        int low = 0;
        int high = suffixes.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int order = compareStart(middle, query);
            if (order < 0 || (past && order == 0)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Negative, zero or positive as suffix {@code i}, cut at its name's end, sorts before, starts with, or after the query. */
    private int compareStart(int i, String query) {
        int start = suffixes[i];
        int end = offsets[owners[i] + 1];
        for (int j = 0; j < query.length(); j++) {
            if (start + j >= end) {
                return -1;
            }
            int difference = text[start + j] - query.charAt(j);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private boolean matchesAt(int start, String query) {
        for (int j = 1; j < query.length(); j++) {
            if (text[start + j] != query.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}

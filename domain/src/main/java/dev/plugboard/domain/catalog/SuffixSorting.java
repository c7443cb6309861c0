package dev.plugboard.domain.catalog;

/**
 * Sorts every start position of a text made of names laid end to end by the rest of its own name,
 * a name's end sorting before any character (suffixes equal up to their names' ends keep no
 * particular order). Prefix doubling (Manber and Myers): after the round of length {@code k},
 * positions are ranked by their first {@code 2k} characters, each round one stable counting sort;
 * O(n log m) for the longest name's length m, whatever the names repeat.
 */
final class SuffixSorting {
    private SuffixSorting() {}

    /**
     * @param offsets where name k starts, {@code offsets[k + 1]} where it ends
     * @param ownerOf the name each position of the text belongs to
     */
    static int[] sort(char[] text, int[] offsets, int[] ownerOf) {
        int n = text.length;
        int[] sorted = new int[n];
        int[] rank = new int[n];
        int ranks = sortByFirstCharacter(text, sorted, rank);
        int longest = 0;
        for (int k = 0; k + 1 < offsets.length; k++) {
            longest = Math.max(longest, offsets[k + 1] - offsets[k]);
        }
        int[] bySecond = new int[n];
        int[] next = new int[n];
        for (int k = 1; ranks < n && k < longest; k <<= 1) {
            orderBySecondHalf(k, sorted, bySecond, offsets, ownerOf);
            stableSortByRank(bySecond, sorted, rank, ranks);
            ranks = rerank(k, sorted, rank, next, offsets, ownerOf);
            int[] swap = rank;
            rank = next;
            next = swap;
        }
        return sorted;
    }

    /** Counting sort by the first character; ranks from 1, equal characters equal ranks. */
    private static int sortByFirstCharacter(char[] text, int[] sorted, int[] rank) {
        int[] start = new int[Character.MAX_VALUE + 2];
        for (char c : text) {
            start[c + 1]++;
        }
        for (int c = 1; c < start.length; c++) {
            start[c] += start[c - 1];
        }
        for (int p = 0; p < text.length; p++) {
            sorted[start[text[p]]++] = p;
        }
        int ranks = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || text[sorted[i]] != text[sorted[i - 1]]) {
                ranks++;
            }
            rank[sorted[i]] = ranks;
        }
        return ranks;
    }

    /**
     * Orders positions by the rank of the position {@code k} further on: first those whose name
     * ends before it (rank 0), then, following the current order, each position {@code k} before
     * a sorted one in the same name.
     */
    private static void orderBySecondHalf(int k, int[] sorted, int[] bySecond, int[] offsets, int[] ownerOf) {
        int filled = 0;
        for (int p = 0; p < sorted.length; p++) {
            if (p + k >= offsets[ownerOf[p] + 1]) {
                bySecond[filled++] = p;
            }
        }
        for (int p : sorted) {
            int before = p - k;
            if (before >= 0 && ownerOf[before] == ownerOf[p]) {
                bySecond[filled++] = before;
            }
        }
    }

    private static void stableSortByRank(int[] bySecond, int[] sorted, int[] rank, int ranks) {
        int[] start = new int[ranks + 2];
        for (int p : bySecond) {
            start[rank[p] + 1]++;
        }
        for (int r = 1; r < start.length; r++) {
            start[r] += start[r - 1];
        }
        for (int p : bySecond) {
            sorted[start[rank[p]]++] = p;
        }
    }

    /** Ranks the positions by their first {@code 2k} characters, now in order; the number of ranks. */
    private static int rerank(int k, int[] sorted, int[] rank, int[] next, int[] offsets, int[] ownerOf) {
        int ranks = 0;
        for (int i = 0; i < sorted.length; i++) {
            int p = sorted[i];
            if (i == 0
                    || rank[p] != rank[sorted[i - 1]]
                    || second(k, p, rank, offsets, ownerOf) != second(k, sorted[i - 1], rank, offsets, ownerOf)) {
                ranks++;
            }
            next[p] = ranks;
        }
        return ranks;
    }

    private static int second(int k, int p, int[] rank, int[] offsets, int[] ownerOf) {
        return p + k < offsets[ownerOf[p] + 1] ? rank[p + k] : 0;
    }
}

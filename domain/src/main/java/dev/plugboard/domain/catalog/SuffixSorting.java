package dev.plugboard.domain.catalog;

/**
 * Sorts every start position of a text made of names laid end to end by the rest of its own name,
 * a name's end sorting before any character (suffixes equal up to their names' ends keep no
 * particular order). Prefix doubling (Manber and Myers): positions are first ranked by their
 * first few characters at once (as many as a counting sort over the catalog's alphabet allows),
 * then each round of length {@code k}, one stable counting sort, ranks them by their first
 * {@code 2k}; O(n log m) for the longest name's length m, whatever the names repeat.
 */
final class SuffixSorting {
    /** The most buckets the first counting sort may use (16 MiB of counts, briefly). */
    private static final int MAX_FIRST_BUCKETS = 1 << 22;
    /** Beyond this, doubling is as quick as a longer first key. */
    private static final int MAX_FIRST_CHARACTERS = 8;

    private SuffixSorting() {}

    /** @param offsets where name k starts, {@code offsets[k + 1]} where it ends */
    static int[] sort(char[] text, int[] offsets) {
        int n = text.length;
        int[] left = new int[n]; // characters from each position to its name's end
        int longest = 0;
        for (int k = 0; k + 1 < offsets.length; k++) {
            for (int p = offsets[k]; p < offsets[k + 1]; p++) {
                left[p] = offsets[k + 1] - p;
            }
            longest = Math.max(longest, offsets[k + 1] - offsets[k]);
        }
        int[] sorted = new int[n];
        int[] rank = new int[n];
        int[] next = new int[n];
        int first = firstCharacters(text);
        int ranks = sortByFirstCharacters(text, left, first, sorted, rank, next);
        int[] bySecond = next;
        for (int k = first; ranks < n && k < longest; k <<= 1) {
            orderBySecondHalf(k, sorted, bySecond, left);
            stableSortByRank(bySecond, sorted, rank, ranks);
            ranks = rerank(k, sorted, rank, bySecond, left);
            int[] swap = rank;
            rank = bySecond;
            bySecond = swap;
        }
        return sorted;
    }

    /** How many leading characters one counting sort can rank at once over this text's alphabet. */
    private static int firstCharacters(char[] text) {
        long symbols = alphabet(text)[Character.MAX_VALUE + 1] + 1L; // + the name's end
        int h = 1;
        long buckets = symbols;
        while (h < MAX_FIRST_CHARACTERS && buckets * symbols <= MAX_FIRST_BUCKETS) {
            buckets *= symbols;
            h++;
        }
        return h;
    }

    /** Each character present mapped to 1, 2, … in character order; the count of them last. */
    private static int[] alphabet(char[] text) {
        int[] code = new int[Character.MAX_VALUE + 2];
        for (char c : text) {
            code[c] = 1;
        }
        int symbols = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (code[c] != 0) {
                code[c] = ++symbols;
            }
        }
        code[Character.MAX_VALUE + 1] = symbols;
        return code;
    }

    /** Counting sort by the first {@code h} characters; ranks from 1, equal prefixes equal ranks. */
    private static int sortByFirstCharacters(char[] text, int[] left, int h, int[] sorted, int[] rank, int[] key) {
        int[] code = alphabet(text);
        int symbols = code[Character.MAX_VALUE + 1] + 1;
        int buckets = 1;
        for (int i = 0; i < h; i++) {
            buckets *= symbols;
        }
        int[] start = new int[buckets + 1];
        for (int p = 0; p < text.length; p++) {
            int value = 0;
            for (int i = 0; i < h; i++) {
                value = value * symbols + (i < left[p] ? code[text[p + i]] : 0);
            }
            key[p] = value;
            start[value + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        for (int p = 0; p < text.length; p++) {
            sorted[start[key[p]]++] = p;
        }
        int ranks = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || key[sorted[i]] != key[sorted[i - 1]]) {
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
    private static void orderBySecondHalf(int k, int[] sorted, int[] bySecond, int[] left) {
        int filled = 0;
        for (int p = 0; p < sorted.length; p++) {
            if (left[p] <= k) {
                bySecond[filled++] = p;
            }
        }
        for (int p : sorted) {
            int before = p - k;
            if (before >= 0 && left[before] == left[p] + k) {
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

    /** Ranks the positions, now in order, by their first {@code 2k} characters; the number of ranks. */
    private static int rerank(int k, int[] sorted, int[] rank, int[] next, int[] left) {
        int ranks = 0;
        int previousFirst = -1;
        int previousSecond = -1;
        for (int p : sorted) {
            int second = left[p] > k ? rank[p + k] : 0;
            if (rank[p] != previousFirst || second != previousSecond) {
                ranks++;
                previousFirst = rank[p];
                previousSecond = second;
            }
            next[p] = ranks;
        }
        return ranks;
    }
}

package dev.plugboard.domain.catalog;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A set of positions in a snapshot's connector order, {@code 0 ≤ position < universe}, one bit
 * each. Filters are combined a word (64 connectors) at a time, counted with {@link Long#bitCount},
 * and a page is cut without visiting the positions before it one by one. Mutable and not
 * thread-safe: a search builds its own sets; the snapshot's own sets are only ever copied.
 */
final class PositionSet {
    private final int universe;
    private final long[] words;

    private PositionSet(int universe, long[] words) {
        this.universe = universe;
        this.words = words;
    }

    static PositionSet none(int universe) {
        return new PositionSet(universe, new long[(universe + 63) >>> 6]);
    }

    static PositionSet all(int universe) {
        long[] words = new long[(universe + 63) >>> 6];
        Arrays.fill(words, -1L);
        if ((universe & 63) != 0) {
            words[words.length - 1] = (1L << universe) - 1;
        }
        return new PositionSet(universe, words);
    }

    PositionSet copy() {
        return new PositionSet(universe, words.clone());
    }

    void add(int position) {
        words[position >>> 6] |= 1L << position;
    }

    boolean contains(int position) {
        return (words[position >>> 6] & (1L << position)) != 0;
    }

    void retainAll(PositionSet other) {
        for (int i = 0; i < words.length; i++) {
            words[i] &= other.words[i];
        }
    }

    void removeAll(PositionSet other) {
        for (int i = 0; i < words.length; i++) {
            words[i] &= ~other.words[i];
        }
    }

    void addAll(PositionSet other) {
        for (int i = 0; i < words.length; i++) {
            words[i] |= other.words[i];
        }
    }

    /** Removes every position but those {@code keep} accepts. */
    void retainIf(IntPredicate keep) {
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                long lowest = word & -word;
                if (!keep.test((w << 6) + Long.numberOfTrailingZeros(word))) {
                    words[w] &= ~lowest;
                }
                word ^= lowest;
            }
        }
    }

    int count() {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** Up to {@code limit} members in ascending order, after the first {@code skip} of them. */
    int[] members(long skip, int limit) {
        int[] found = new int[limit];
        int taken = 0;
        long toSkip = skip;
        for (int w = 0; w < words.length && taken < limit; w++) {
            long word = words[w];
            int bits = Long.bitCount(word);
            if (toSkip >= bits) {
                toSkip -= bits;
                continue;
            }
            for (; toSkip > 0; toSkip--) {
                word &= word - 1;
            }
            while (word != 0 && taken < limit) {
                found[taken++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
        return taken == limit ? found : Arrays.copyOf(found, taken);
    }
}

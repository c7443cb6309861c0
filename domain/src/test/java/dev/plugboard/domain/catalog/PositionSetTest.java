package dev.plugboard.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PositionSetTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 63, 64, 65, 130})
    void all_holds_exactly_the_universe(int universe) {
        PositionSet all = PositionSet.all(universe);

        assertThat(all.count()).isEqualTo(universe);
        assertThat(all.members(0, universe + 1)).hasSize(universe);
    }

    @Test
    void cuts_a_page_after_skipping_members_across_words() {
        PositionSet set = PositionSet.none(200);
        for (int p = 0; p < 200; p += 3) {
            set.add(p);
        }

        assertThat(set.count()).isEqualTo(67);
        assertThat(set.members(0, 3)).containsExactly(0, 3, 6);
        assertThat(set.members(21, 4)).containsExactly(63, 66, 69, 72);
        assertThat(set.members(65, 5)).containsExactly(195, 198);
        assertThat(set.members(67, 5)).isEmpty();
    }

    @Test
    void combines_sets_word_by_word() {
        PositionSet evens = PositionSet.none(100);
        PositionSet small = PositionSet.none(100);
        for (int p = 0; p < 100; p++) {
            if (p % 2 == 0) {
                evens.add(p);
            }
            if (p < 10) {
                small.add(p);
            }
        }

        PositionSet both = evens.copy();
        both.retainAll(small);
        PositionSet evensNotSmall = evens.copy();
        evensNotSmall.removeAll(small);
        PositionSet either = evens.copy();
        either.addAll(small);
        PositionSet multiplesOfFour = evens.copy();
        multiplesOfFour.retainIf(p -> p % 4 == 0);

        assertThat(both.members(0, 100)).containsExactly(0, 2, 4, 6, 8);
        assertThat(evensNotSmall.count()).isEqualTo(45);
        assertThat(either.count()).isEqualTo(55);
        assertThat(multiplesOfFour.count()).isEqualTo(25);
        assertThat(evens.count()).isEqualTo(50);
    }
}

package dev.plugboard.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NameIndexTest {
    private static final List<String> NAMES = List.of(
            "banco do brasil", "itau", "", "banco banco", "caixa", "itau empresas", "xp", "banco do brasil", "aaaa");

    private final NameIndex index = NameIndex.of(NAMES);

    private static List<Integer> members(PositionSet set, int universe) {
        return IntStream.range(0, universe).filter(set::contains).boxed().toList();
    }

    private List<Integer> containing(String query) {
        return members(index.containing(query), NAMES.size());
    }

    @Test
    void finds_every_name_containing_the_query_once_each() {
        assertThat(containing("banco")).containsExactly(0, 3, 7);
        assertThat(containing("itau")).containsExactly(1, 5);
        assertThat(containing("a")).containsExactly(0, 1, 3, 4, 5, 7, 8);
    }

    @Test
    void finds_a_query_in_the_middle_or_at_the_end_of_a_name() {
        assertThat(containing("o do b")).containsExactly(0, 7);
        assertThat(containing("sil")).containsExactly(0, 7);
        assertThat(containing("aa")).containsExactly(8);
    }

    @Test
    void never_matches_across_the_end_of_one_name_into_the_next() {
        assertThat(containing("itaubanco")).isEmpty();
        assertThat(containing("caixaitau")).isEmpty();
        assertThat(containing("xpbanco")).isEmpty();
        assertThat(containing("aaaab")).isEmpty();
    }

    @Test
    void finds_nothing_for_a_query_longer_than_any_name_or_absent() {
        assertThat(containing("banco do brasil e mais")).isEmpty();
        assertThat(containing("zz")).isEmpty();
        assertThat(containing("\u0000")).isEmpty();
    }

    @Test
    void retains_only_the_given_positions_that_contain_the_query() {
        PositionSet some = PositionSet.none(NAMES.size());
        some.add(1);
        some.add(3);
        some.add(4);

        index.retainContaining("a", some);

        assertThat(members(some, NAMES.size())).containsExactly(1, 3, 4);
        index.retainContaining("banco", some);
        assertThat(members(some, NAMES.size())).containsExactly(3);
    }

    @Test
    void indexes_an_empty_catalog() {
        NameIndex empty = NameIndex.of(List.of());

        assertThat(empty.containing("a").count()).isZero();
    }

    @Test
    void indexes_names_of_one_repeated_character() {
        NameIndex same = NameIndex.of(List.of("aaa", "a", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));

        assertThat(members(same.containing("aaaa"), 3)).containsExactly(2);
        assertThat(members(same.containing("aaa"), 3)).containsExactly(0, 2);
        assertThat(members(same.containing("a"), 3)).containsExactly(0, 1, 2);
    }

    @Property(tries = 300)
    void both_ways_of_matching_answer_as_string_contains(
            @ForAll("names") List<String> names, @ForAll("queries") List<String> queries) {
        NameIndex built = NameIndex.of(names);

        for (String query : queries) {
            List<Integer> expected = IntStream.range(0, names.size())
                    .filter(k -> names.get(k).contains(query))
                    .boxed()
                    .toList();
            List<Integer> direct = IntStream.range(0, names.size())
                    .filter(k -> built.contains(k, query))
                    .boxed()
                    .toList();
            PositionSet everyone = PositionSet.all(names.size());
            built.retainContaining(query, everyone);

            assertThat(members(built.containing(query), names.size())).as(query).isEqualTo(expected);
            assertThat(direct).as(query).isEqualTo(expected);
            assertThat(members(everyone, names.size())).as(query).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> repetitive = Arbitraries.strings().withChars("ab").ofMaxLength(40);
        Arbitrary<String> varied =
                Arbitraries.strings().withChars("abc ãé\u0000\uffff").ofMaxLength(12);
        Arbitrary<String> anyCharacters = Arbitraries.strings().all().ofMaxLength(30);
        return Arbitraries.oneOf(repetitive, varied, anyCharacters)
                .list()
                .ofMaxSize(80)
                .map(ArrayList::new);
    }

    @Provide
    Arbitrary<List<String>> queries() {
        return Arbitraries.strings()
                .withChars("abc ãé\u0000\uffff")
                .ofMinLength(1)
                .ofMaxLength(6)
                .list()
                .ofMinSize(1)
                .ofMaxSize(10);
    }
}

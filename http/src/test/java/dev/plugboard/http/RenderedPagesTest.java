package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.catalog.ConnectorQuery;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {
    private final AtomicInteger rendered = new AtomicInteger();

    private static ConnectorQuery named(String name) {
        return ConnectorQuery.builder().name(name).build();
    }

    private RenderedBody body(int length) {
        rendered.incrementAndGet();
        return new RenderedBody(new byte[length]);
    }

    @Test
    void renders_a_query_once_and_answers_it_from_memory_after() {
        RenderedPages pages = new RenderedPages(10, 1000);

        RenderedBody first = pages.get(named("itau"), q -> body(100));
        RenderedBody second = pages.get(named("itau"), q -> body(100));

        assertThat(second).isSameAs(first);
        assertThat(rendered).hasValue(1);
        assertThat(pages.bytes()).isEqualTo(100);
    }

    @Test
    void keeps_no_more_entries_than_its_bound() {
        RenderedPages pages = new RenderedPages(2, 1000);
        for (String name : Set.of("a", "b", "c", "d", "e")) {
            pages.get(named(name), q -> body(10));
        }

        assertThat(pages.size()).isEqualTo(2);
        assertThat(pages.bytes()).isEqualTo(20);
    }

    @Test
    void keeps_no_more_bytes_than_its_bound() {
        RenderedPages pages = new RenderedPages(100, 250);
        pages.get(named("a"), q -> body(100));
        pages.get(named("b"), q -> body(100));

        pages.get(named("c"), q -> body(100));

        assertThat(pages.size()).isEqualTo(2);
        assertThat(pages.bytes()).isEqualTo(200);
    }

    @Test
    void sends_a_body_larger_than_the_whole_budget_without_keeping_it() {
        RenderedPages pages = new RenderedPages(100, 250);
        pages.get(named("a"), q -> body(100));

        RenderedBody big = pages.get(named("big"), q -> body(251));

        assertThat(big.length()).isEqualTo(251);
        assertThat(pages.size()).isEqualTo(1);
        assertThat(pages.bytes()).isEqualTo(100);
        pages.get(named("big"), q -> body(251));
        assertThat(rendered).hasValue(3);
    }

    @Test
    void refuses_a_bound_below_one() {
        assertThatThrownBy(() -> new RenderedPages(0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page cache holds at least one entry and one byte, got 0 and 10");
    }
}

package dev.plugboard.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void accepts_the_smallest_and_largest_page_sizes() {
        assertThat(new PageRequest(1, 1))
                .extracting(PageRequest::page, PageRequest::pageSize)
                .containsExactly(1, 1);
        assertThat(new PageRequest(7, PageRequest.MAX_PAGE_SIZE))
                .extracting(PageRequest::page, PageRequest::pageSize)
                .containsExactly(7, 500);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejects_a_page_below_one(int page) {
        assertThatThrownBy(() -> new PageRequest(page, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must be 1 or more: " + page);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 501, Integer.MAX_VALUE})
    void rejects_a_page_size_outside_one_to_five_hundred(int pageSize) {
        assertThatThrownBy(() -> new PageRequest(1, pageSize))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pageSize must be from 1 to 500: " + pageSize);
    }
}

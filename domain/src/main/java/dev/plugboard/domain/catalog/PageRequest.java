package dev.plugboard.domain.catalog;

/**
 * A page of a list: 1-based page number and a size from 1 to {@value #MAX_PAGE_SIZE}.
 *
 * <p>Callers validate user input before building one; a bad value here is a programming error.
 */
public record PageRequest(int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 500;
    /** Used when a caller asks for a page without a size: Pluggy's default on its paged lists. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be from 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
        }
    }
}

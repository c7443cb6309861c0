package dev.plugboard.client;

import java.util.List;

/**
 * One page of {@code GET /connectors}: its number (from 1), the number of matches in all, the
 * number of pages, and this page's connectors.
 */
public record ConnectorPage(int page, int total, int totalPages, List<Connector> results) {
    public ConnectorPage {
        results = List.copyOf(results);
    }
}

package dev.plugboard.domain.catalog;

import dev.plugboard.domain.connector.Connector;
import java.util.List;

/** One page of a catalog search: Pluggy's {@code {page, total, totalPages, results}}. */
public record ConnectorPage(int page, int total, int totalPages, List<Connector> results) {
    public ConnectorPage {
        results = List.copyOf(results);
    }
}

package dev.plugboard.client.internal;

import dev.plugboard.client.Connector;
import dev.plugboard.client.ConnectorPage;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * Walks the connectors of a query page by page, fetching a page only when the one before it is
 * used up. Stops after the last page, on an empty page, and when the server answers a page other
 * than the one asked for (a server that does not page answers everything as page 1).
 */
public final class PagingIterator implements Iterator<Connector> {
    private final IntFunction<ConnectorPage> fetch;
    private int nextPage;
    private boolean lastFetched;
    private Iterator<Connector> current = Collections.emptyIterator();

    public PagingIterator(int firstPage, IntFunction<ConnectorPage> fetch) {
        this.nextPage = firstPage;
        this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !lastFetched) {
            ConnectorPage page = fetch.apply(nextPage);
            current = page.results().iterator();
            lastFetched = page.results().isEmpty() || page.page() != nextPage || page.page() >= page.totalPages();
            nextPage++;
        }
        return current.hasNext();
    }

    @Override
    public Connector next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more connectors");
        }
        return current.next();
    }
}

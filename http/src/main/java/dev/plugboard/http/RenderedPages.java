package dev.plugboard.http;

import dev.plugboard.domain.catalog.ConnectorQuery;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Whole {@code GET /connectors} bodies (without health details) by normalized query, so a repeated
 * search is a map lookup. It belongs to one {@link RenderedCatalog}: a new catalog or new connector
 * bytes start a new, empty one, so it can never serve bytes of another snapshot.
 *
 * <p>Bounded by entries and by bytes. A body that would pass either bound first evicts entries in
 * the map's own order (cheap, and any entry is as good as another to drop: it is only rendered
 * again); a body larger than the whole byte budget is sent without being kept. Misses that race
 * may pass the bounds by the bodies being added at that moment, until the next addition.
 */
final class RenderedPages {
    /** Distinct searches kept per snapshot. */
    static final int DEFAULT_MAX_ENTRIES = 1024;
    /**
     * Bytes of bodies kept per snapshot (the whole bundled catalog is about 60 KB). They are held
     * off the heap ({@link RenderedBody#offHeap}); the gzip form of a body, made only when a client
     * asks for it, adds at most nine tenths of its size again.
     */
    static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private final int maxEntries;
    private final long maxBytes;
    private final ConcurrentHashMap<ConnectorQuery, RenderedBody> bodies = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    RenderedPages(int maxEntries, long maxBytes) {
        if (maxEntries < 1 || maxBytes < 1) {
            throw new IllegalArgumentException(
                    "a page cache holds at least one entry and one byte, got " + maxEntries + " and " + maxBytes);
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    RenderedPages() {
        this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES);
    }

    /** The kept body of {@code query}, or the one {@code render} writes now (kept if it fits). */
    RenderedBody get(ConnectorQuery query, Function<ConnectorQuery, RenderedBody> render) {
        RenderedBody kept = bodies.get(query);
        if (kept != null) {
            return kept;
        }
        RenderedBody rendered = render.apply(query);
        if (rendered.length() <= maxBytes) {
            makeRoom(rendered.length());
            if (bodies.putIfAbsent(query, rendered) == null) {
                bytes.addAndGet(rendered.length());
            }
        }
        return rendered;
    }

    int size() {
        return bodies.size();
    }

    long bytes() {
        return bytes.get();
    }

    private void makeRoom(int needed) {
        Iterator<ConnectorQuery> keys = bodies.keySet().iterator();
        while ((bodies.size() >= maxEntries || bytes.get() + needed > maxBytes) && keys.hasNext()) {
            RenderedBody dropped = bodies.remove(keys.next());
            if (dropped != null) {
                bytes.addAndGet(-dropped.length());
            }
        }
    }
}

package dev.plugboard.http;

import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.health.HealthBoard;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rendered form of the current catalog and health, replaced whole whenever either publishes a
 * new snapshot. A handler reads it once per request, so the snapshot it searches and the bytes it
 * sends always belong together.
 */
final class CatalogView {
    private final Catalog catalog;
    private final HealthBoard health;
    private final AtomicReference<RenderedCatalog> current = new AtomicReference<>();

    CatalogView(Catalog catalog, HealthBoard health) {
        this.catalog = catalog;
        this.health = health;
        rerender();
        catalog.onPublish(snapshot -> rerender());
        health.onPublish(snapshot -> rerender());
    }

    private synchronized void rerender() {
        current.set(RenderedCatalog.of(catalog.current(), health.current(), Optional.ofNullable(current.get())));
    }

    RenderedCatalog current() {
        return current.get();
    }
}

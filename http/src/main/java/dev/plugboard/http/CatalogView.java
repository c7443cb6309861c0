package dev.plugboard.http;

import dev.plugboard.domain.catalog.Catalog;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rendered form of the current catalog, replaced whole whenever the catalog publishes a new
 * snapshot. A handler reads it once per request, so the snapshot it searches and the bytes it
 * sends always belong to the same version.
 */
final class CatalogView {
    private final AtomicReference<RenderedCatalog> current;

    CatalogView(Catalog catalog) {
        current = new AtomicReference<>(RenderedCatalog.of(catalog.current()));
        catalog.onPublish(snapshot -> current.set(RenderedCatalog.of(snapshot)));
    }

    RenderedCatalog current() {
        return current.get();
    }
}

package dev.plugboard.domain.catalog;

import java.util.Objects;

/**
 * Brings the served catalog up to date with the store: when the stored version is newer than the
 * snapshot being served, the whole catalog is read in one consistent read and published at once.
 * Only the version number is polled; the catalog itself is read only when it changed. Never moves
 * the served catalog backwards.
 */
public final class CatalogReloader {
    private final ConnectorRepository repository;
    private final Catalog catalog;

    public CatalogReloader(ConnectorRepository repository, Catalog catalog) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Publishes the stored catalog if it is newer than the served one.
     *
     * @return whether a new snapshot was published
     */
    public synchronized boolean refresh() {
        if (repository.version() <= catalog.current().version()) {
            return false;
        }
        CatalogSnapshot stored = repository.loadSnapshot();
        if (stored.version() <= catalog.current().version()) {
            return false;
        }
        catalog.publish(stored);
        return true;
    }
}

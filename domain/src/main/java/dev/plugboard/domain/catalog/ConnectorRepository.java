package dev.plugboard.domain.catalog;

import dev.plugboard.domain.connector.Connector;
import java.util.List;

/** Durable storage of the catalog. The database is the source of truth once it is seeded. */
public interface ConnectorRepository {
    /** Every enabled connector. */
    List<Connector> loadAll();

    /** The version of the stored catalog: it grows with every change. */
    long version();

    /** Whether a catalog was ever stored (a seeded catalog is never reloaded over later edits). */
    boolean seeded();

    /** Stores the first catalog and marks the store seeded, all in one transaction. */
    void seed(List<Connector> connectors);
}

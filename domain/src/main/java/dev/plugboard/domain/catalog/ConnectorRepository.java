package dev.plugboard.domain.catalog;

import dev.plugboard.domain.connector.Connector;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable storage of the catalog. The database is the source of truth once it is seeded. */
public interface ConnectorRepository {
    /** Every enabled connector. */
    List<Connector> loadAll();

    /** The enabled connectors and the version they make, read together from one consistent state. */
    CatalogSnapshot loadSnapshot();

    /** Every connector ever stored, disabled ones included, in ascending id order. */
    List<StoredConnector> loadAllStored();

    Optional<StoredConnector> find(int id);

    /** The version of the stored catalog: it grows with every change; 0 before seeding. */
    long version();

    /** Whether a catalog was ever stored (a seeded catalog is never reloaded over later edits). */
    boolean seeded();

    /**
     * Stores the first catalog and marks the store seeded, in one transaction, unless another
     * process did it first.
     *
     * @return whether this call seeded the store
     */
    boolean seed(List<Connector> connectors);

    /**
     * Applies every change in one transaction, or none: each connector must still have its
     * expected revision, disabled ids are never reused; the catalog version grows by one and every
     * change is written to the audit log.
     *
     * @return the new catalog version
     * @throws StaleRevisionException when a connector changed since its expected revision
     * @throws ConnectorIdRetiredException when a change would re-create a disabled connector
     */
    long apply(List<ConnectorChange> changes, Actor actor, Instant at);

    /** Audit entries, newest first. */
    List<AuditEntry> audit(AuditQuery query);
}

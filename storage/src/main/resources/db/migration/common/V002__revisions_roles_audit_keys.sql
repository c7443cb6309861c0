-- Optimistic concurrency: every change of a connector bumps its revision (its ETag).
ALTER TABLE connectors ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;

-- Operators share the applications table: role 'application' (read and validate), 'admin'
-- (administration API) or 'ingest' (execution outcomes).
ALTER TABLE applications ADD COLUMN role TEXT NOT NULL DEFAULT 'application';

-- Every connector change: the catalog version it made, who, when, what, and the field diff (JSON).
CREATE TABLE audit_log (
    catalog_version BIGINT  NOT NULL,
    connector_id    INTEGER NOT NULL,
    at              BIGINT  NOT NULL,
    actor_id        TEXT    NOT NULL,
    actor_name      TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    diff            TEXT    NOT NULL,
    PRIMARY KEY (catalog_version, connector_id)
);
CREATE INDEX audit_log_by_connector ON audit_log (connector_id, catalog_version);

-- Token-signing keys shared by every replica. The current one has no retired_at; retired keys
-- still verify the tokens they signed until those expire.
CREATE TABLE signing_keys (
    id         TEXT   PRIMARY KEY,
    secret     TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);

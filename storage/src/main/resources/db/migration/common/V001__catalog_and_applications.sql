-- The catalog: one row per connector ever stored. Disabled connectors keep their row so an id is
-- never reused. Times are epoch milliseconds (BIGINT): portable, sortable, exact to the millisecond
-- like Pluggy's timestamps. Credentials and products are JSON arrays in the connector's own shape.
CREATE TABLE connectors (
    id                          INTEGER PRIMARY KEY,
    name                        TEXT    NOT NULL,
    type                        TEXT    NOT NULL,
    country                     TEXT    NOT NULL,
    primary_color               TEXT    NOT NULL,
    institution_url             TEXT    NOT NULL,
    image_url                   TEXT    NOT NULL,
    has_mfa                     BOOLEAN NOT NULL,
    oauth                       BOOLEAN NOT NULL,
    oauth_url                   TEXT,
    reset_password_url          TEXT,
    health_status               TEXT    NOT NULL,
    health_stage                TEXT,
    products                    TEXT    NOT NULL,
    credentials                 TEXT    NOT NULL,
    supports_payment_initiation BOOLEAN NOT NULL,
    supports_scheduled_payments BOOLEAN NOT NULL,
    supports_smart_transfers    BOOLEAN NOT NULL,
    supports_boleto_management  BOOLEAN NOT NULL,
    supports_automatic_pix      BOOLEAN NOT NULL,
    is_sandbox                  BOOLEAN NOT NULL,
    is_open_finance             BOOLEAN NOT NULL,
    created_at                  BIGINT  NOT NULL,
    updated_at                  BIGINT  NOT NULL,
    enabled                     BOOLEAN NOT NULL
);

-- One row: the catalog version (grows with every change) and when the first catalog was stored.
-- A seeded store is never reloaded from the bundled catalog, so operators' edits survive restarts.
CREATE TABLE catalog_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    version   BIGINT  NOT NULL,
    seeded_at BIGINT  NOT NULL
);

-- Applications: only a salted hash of each secret is stored, never the secret.
CREATE TABLE applications (
    client_id   TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    secret_hash TEXT    NOT NULL,
    enabled     BOOLEAN NOT NULL,
    created_at  BIGINT  NOT NULL,
    disabled_at BIGINT
);

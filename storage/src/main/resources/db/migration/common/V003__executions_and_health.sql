-- Execution outcomes reported by ingest operators. The id is the reporter's idempotency key: a
-- repeated id is acknowledged and not counted twice. Raw rows are kept for the retention period
-- (30 days by default); the minute aggregates below for longer (90 days).
CREATE TABLE executions (
    id           TEXT    PRIMARY KEY,
    connector_id INTEGER NOT NULL,
    client_id    TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    started_at   BIGINT  NOT NULL,
    finished_at  BIGINT  NOT NULL,
    products     TEXT    NOT NULL,
    received_at  BIGINT  NOT NULL
);
CREATE INDEX executions_by_finish ON executions (finished_at);

-- Executions per connector, minute (of finishedAt, epoch ms) and status: health reads only these.
CREATE TABLE execution_minutes (
    connector_id INTEGER NOT NULL,
    minute       BIGINT  NOT NULL,
    status       TEXT    NOT NULL,
    executions   BIGINT  NOT NULL,
    PRIMARY KEY (connector_id, minute, status)
);
CREATE INDEX execution_minutes_by_minute ON execution_minutes (minute);

-- Per-product outcomes per connector and minute.
CREATE TABLE product_minutes (
    connector_id INTEGER NOT NULL,
    minute       BIGINT  NOT NULL,
    product      TEXT    NOT NULL,
    successes    BIGINT  NOT NULL,
    total        BIGINT  NOT NULL,
    PRIMARY KEY (connector_id, minute, product)
);

-- Executions per connector, client and minute: connectionsLast6Hours is the caller's own count.
CREATE TABLE client_minutes (
    connector_id INTEGER NOT NULL,
    client_id    TEXT    NOT NULL,
    minute       BIGINT  NOT NULL,
    executions   BIGINT  NOT NULL,
    PRIMARY KEY (connector_id, client_id, minute)
);
CREATE INDEX client_minutes_by_minute ON client_minutes (minute);

-- The health state of each connector: the computed status, an operator's override, and a version
-- for compare-and-set, so that of several replicas exactly one records each change.
CREATE TABLE connector_health (
    connector_id     INTEGER PRIMARY KEY,
    computed_status  TEXT    NOT NULL,
    override_status  TEXT,
    override_message TEXT,
    override_until   BIGINT,
    version          BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL
);

-- Every change of a connector's visible status.
CREATE TABLE health_changes (
    connector_id INTEGER NOT NULL,
    version      BIGINT  NOT NULL,
    at           BIGINT  NOT NULL,
    from_status  TEXT    NOT NULL,
    to_status    TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    rate         DOUBLE PRECISION,
    sample       BIGINT  NOT NULL,
    PRIMARY KEY (connector_id, version)
);
CREATE INDEX health_changes_by_time ON health_changes (connector_id, at);

-- Applications' webhook subscriptions. headers is a JSON object of name to value, sent with every
-- delivery. secret is the HMAC key of the delivery signature, stored in clear because Plugboard
-- must compute with it (a hash could not sign); like the token-signing keys, whoever reads this
-- table can forge deliveries: protect the database. disabled_at is NULL while enabled.
CREATE TABLE webhooks (
    id          TEXT   PRIMARY KEY,
    client_id   TEXT   NOT NULL,
    event       TEXT   NOT NULL,
    url         TEXT   NOT NULL,
    headers     TEXT   NOT NULL,
    secret      TEXT   NOT NULL,
    disabled_at BIGINT,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX webhooks_by_client ON webhooks (client_id, created_at);
CREATE INDEX webhooks_by_event ON webhooks (event);

-- The outbox: one row per event and webhook, written in the transaction that records the event, so
-- an event and its deliveries commit or roll back together. id is the event id (the same for every
-- webhook the event goes to). A pending row has next_attempt_at; a sender leases it (lease_owner,
-- lease_until) before sending, so replicas never send one at the same time, and a lease left by a
-- crashed sender expires and the row is sent again. Delivered rows have delivered_at, given-up
-- rows failed_at, and both have no next_attempt_at. No foreign key: a webhook deleted while an
-- event is enqueued must not make that event's transaction fail; deliveries of a missing webhook
-- are never sent.
CREATE TABLE webhook_deliveries (
    id              TEXT    NOT NULL,
    webhook_id      TEXT    NOT NULL,
    event           TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at BIGINT,
    lease_owner     TEXT,
    lease_until     BIGINT,
    delivered_at    BIGINT,
    failed_at       BIGINT,
    last_status     INTEGER,
    last_error      TEXT,
    created_at      BIGINT  NOT NULL,
    PRIMARY KEY (id, webhook_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, created_at);

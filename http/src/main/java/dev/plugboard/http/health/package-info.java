/**
 * Connector health over HTTP: {@code POST /executions} (ingest operators report execution outcomes,
 * all-or-nothing per batch, idempotent per id), {@code GET /connectors/{id}/health/history} (status
 * changes, incidents and the rate series), and the operator's status override. Reading and writing
 * the database happens on worker threads; the served health comes from the in-memory snapshot the
 * background refresh publishes.
 */
package dev.plugboard.http.health;

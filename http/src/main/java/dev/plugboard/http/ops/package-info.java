/**
 * What operators see of a running server: {@link dev.plugboard.http.ops.PlugboardMetrics} (the
 * Prometheus registry with Plugboard's meters and the JVM's), the per-connector health gauges,
 * and the liveness and readiness probes with their cached database check. Depends on the domain,
 * Micrometer and Vert.x; knows nothing of storage (the database check is a function it is given).
 */
package dev.plugboard.http.ops;

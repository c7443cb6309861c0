/**
 * Connector health computed from execution outcomes (contract §3, issue 4): the
 * {@link dev.plugboard.domain.health.Execution} values ingested, their per-minute aggregates
 * ({@link dev.plugboard.domain.health.MinuteBucket}, {@link dev.plugboard.domain.health.ClientMinuteCount}),
 * the window statistics ({@link dev.plugboard.domain.health.HealthStats}) behind
 * {@code connectionRateLast6Hours} and {@code connectionsLast6Hours}, the status machine with
 * hysteresis and operator overrides ({@link dev.plugboard.domain.health.HealthStatusMachine}), and the
 * history: status changes, incidents and rate series. Pure functions over values; every time is a
 * parameter, nothing reads the system clock. Depends only on the JDK and on
 * {@code domain.connector} for {@code Product} and {@code HealthStatus}.
 */
package dev.plugboard.domain.health;

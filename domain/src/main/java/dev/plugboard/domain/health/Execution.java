package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.Product;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One finished connection attempt ("execution") on a connector, as an ingesting client reports it.
 * Refuses invalid values; to report every problem of untrusted input instead, build an
 * {@link ExecutionDraft} and ask it for {@link ExecutionDraft#problems()}.
 *
 * @param id the idempotency key: storage counts an id once, however often it is sent
 * @param clientId the application the execution was made for; {@code connectionsLast6Hours} counts
 *     the calling client's executions only
 * @param finishedAt when the outcome was known; aggregates place an execution in the minute of its
 *     {@code finishedAt}; never before {@code startedAt}
 * @param products optional per-product outcomes; empty when the reporter did not say
 */
public record Execution(
        UUID id,
        int connectorId,
        UUID clientId,
        ExecutionStatus status,
        Instant startedAt,
        Instant finishedAt,
        Map<Product, ProductOutcome> products) {

    public Execution {
        Objects.requireNonNull(id, "id");
        if (connectorId < 0) {
            throw new IllegalArgumentException("connectorId must not be negative: " + connectorId);
        }
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException(
                    "finishedAt must not be before startedAt: " + finishedAt + " < " + startedAt);
        }
        products = copy(products);
    }

    /** An execution without per-product outcomes. */
    public Execution(
            UUID id, int connectorId, UUID clientId, ExecutionStatus status, Instant startedAt, Instant finishedAt) {
        this(id, connectorId, clientId, status, startedAt, finishedAt, Map.of());
    }

    /** The start of the minute this execution is aggregated in: {@code finishedAt} truncated. */
    public Instant minute() {
        return finishedAt.truncatedTo(ChronoUnit.MINUTES);
    }

    private static Map<Product, ProductOutcome> copy(Map<Product, ProductOutcome> products) {
        Objects.requireNonNull(products, "products");
        if (products.isEmpty()) {
            return Map.of();
        }
        products.forEach((product, outcome) -> {
            Objects.requireNonNull(product, "products key");
            Objects.requireNonNull(outcome, "products value");
        });
        return Collections.unmodifiableMap(new EnumMap<>(products));
    }
}

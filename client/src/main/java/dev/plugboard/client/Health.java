package dev.plugboard.client;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A connector's health: its status, its {@code stage} ({@code BETA} or absent), and the
 * {@link Details} present only when asked for ({@code healthDetails=true}).
 */
public record Health(HealthStatus status, Optional<String> stage, Optional<Details> details) {
    public Health {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(details, "details");
    }

    /**
     * Your connections of the last six hours: how many, and the percentage (0 to 100) that reached
     * the institution, absent when there were none.
     */
    public record Details(OptionalDouble connectionRateLast6Hours, long connectionsLast6Hours) {
        public Details {
            Objects.requireNonNull(connectionRateLast6Hours, "connectionRateLast6Hours");
        }
    }
}

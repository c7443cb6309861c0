package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.HealthStatus;
import java.util.Objects;
import java.util.Optional;

/** What clients see of one connector's health: its status, an override's message, and the window's figures. */
public record HealthView(HealthStatus status, Optional<String> error, HealthStats stats) {
    public HealthView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(stats, "stats");
    }
}

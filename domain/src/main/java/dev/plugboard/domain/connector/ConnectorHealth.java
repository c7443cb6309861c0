package dev.plugboard.domain.connector;

import java.util.Objects;
import java.util.Optional;

/** The {@code health} object every connector carries: status and optional stage. */
public record ConnectorHealth(HealthStatus status, Optional<HealthStage> stage) {
    public static final ConnectorHealth ONLINE = new ConnectorHealth(HealthStatus.ONLINE, Optional.empty());

    public ConnectorHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stage, "stage");
    }
}

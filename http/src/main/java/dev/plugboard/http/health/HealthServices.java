package dev.plugboard.http.health;

import dev.plugboard.domain.health.HealthBoard;
import dev.plugboard.domain.health.HealthMonitor;
import dev.plugboard.domain.health.HealthRepository;
import java.util.Objects;

/** What the health routes need: the stored outcomes and history, the monitor, and the served snapshot. */
public record HealthServices(HealthRepository repository, HealthMonitor monitor, HealthBoard board) {
    public HealthServices {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(board, "board");
    }
}

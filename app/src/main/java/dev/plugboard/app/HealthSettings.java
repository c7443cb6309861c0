package dev.plugboard.app;

import dev.plugboard.domain.health.HealthPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How health is computed and kept: the status policy (thresholds, hysteresis margin, minimum
 * sample), how often every replica recomputes it, and how long outcomes are kept.
 */
public record HealthSettings(
        HealthPolicy policy, Duration refreshInterval, Duration executionsRetention, Duration aggregatesRetention) {
    public static final HealthSettings DEFAULT =
            new HealthSettings(HealthPolicy.DEFAULT, Duration.ofSeconds(2), Duration.ofDays(30), Duration.ofDays(90));

    public HealthSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(executionsRetention, "executionsRetention");
        Objects.requireNonNull(aggregatesRetention, "aggregatesRetention");
    }
}

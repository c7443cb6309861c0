package dev.plugboard.domain.connector;

import java.util.Arrays;
import java.util.Optional;

/** Connector health status (contract §3). */
public enum HealthStatus {
    ONLINE,
    UNSTABLE,
    OFFLINE;

    public static Optional<HealthStatus> fromWire(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst();
    }
}

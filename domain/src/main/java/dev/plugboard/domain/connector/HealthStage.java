package dev.plugboard.domain.connector;

import java.util.Arrays;
import java.util.Optional;

/** Release stage of a connector; absent ({@code null} on the wire) once fully productive. */
public enum HealthStage {
    BETA;

    public static Optional<HealthStage> fromWire(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst();
    }
}

package dev.plugboard.domain.health;

import java.util.Arrays;
import java.util.Optional;

/** Whether one product of an execution was collected. */
public enum ProductOutcome {
    SUCCESS,
    ERROR;

    public static Optional<ProductOutcome> fromWire(String text) {
        return Arrays.stream(values()).filter(o -> o.name().equals(text)).findFirst();
    }
}

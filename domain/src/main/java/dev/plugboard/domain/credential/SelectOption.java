package dev.plugboard.domain.credential;

import java.util.Objects;

/** One allowed value of a {@code select} credential. */
public record SelectOption(String value, String label) {
    public SelectOption {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}

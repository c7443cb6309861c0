package dev.plugboard.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter a user supplies to connect (a connector's {@code credentials} entry): its key
 * ({@link #name}), label, input kind and the rule ({@link #validation}, a JavaScript regular
 * expression, found anywhere in the value) the value must follow.
 */
public record Credential(
        String name,
        String label,
        CredentialType type,
        Optional<String> placeholder,
        Optional<String> validation,
        Optional<String> validationMessage,
        boolean optional,
        boolean mfa,
        List<Option> options,
        Extras extras) {
    public Credential {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(validationMessage, "validationMessage");
        options = List.copyOf(options);
        Objects.requireNonNull(extras, "extras");
    }

    /** A choice of a {@code select} credential: the value to send and the label to show. */
    public record Option(String value, String label) {
        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The rarer fields: help text, a base64 image ({@code data}), instructions, an expiry. */
    public record Extras(
            Optional<String> assistiveText,
            Optional<String> data,
            Optional<String> instructions,
            Optional<Instant> expiresAt) {
        public Extras {
            Objects.requireNonNull(assistiveText, "assistiveText");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(instructions, "instructions");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public static Extras none() {
            return new Extras(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }
}

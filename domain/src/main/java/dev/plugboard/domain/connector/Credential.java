package dev.plugboard.domain.connector;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Definition of one input a user supplies to connect ({@code ConnectorCredential}, contract §2).
 *
 * @param validation a JavaScript-dialect regular expression, tested with find semantics
 * @param optional whether the input may be left out
 * @param mfa whether the value is a one-time MFA value that must be fresh on every execution
 */
public record Credential(
        String label,
        String name,
        CredentialType type,
        Optional<String> placeholder,
        Optional<String> validation,
        Optional<String> validationMessage,
        boolean optional,
        boolean mfa,
        Optional<String> assistiveText,
        Optional<String> data,
        List<SelectOption> options,
        Optional<String> instructions,
        Optional<Instant> expiresAt) {

    public Credential {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(validationMessage, "validationMessage");
        Objects.requireNonNull(assistiveText, "assistiveText");
        Objects.requireNonNull(data, "data");
        options = List.copyOf(options);
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (name.isBlank()) {
            throw new IllegalArgumentException("credential name must not be blank");
        }
    }

    /** A required input with a placeholder of {@code ""}, as real payloads carry, and nothing else. */
    public static Credential of(String label, String name, CredentialType type) {
        return new Credential(
                label,
                name,
                type,
                Optional.of(""),
                Optional.empty(),
                Optional.empty(),
                false,
                false,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    public Credential withValidation(String regex, String message) {
        return new Credential(
                label,
                name,
                type,
                placeholder,
                Optional.of(regex),
                Optional.of(message),
                optional,
                mfa,
                assistiveText,
                data,
                options,
                instructions,
                expiresAt);
    }

    public Credential asOptional() {
        return new Credential(
                label,
                name,
                type,
                placeholder,
                validation,
                validationMessage,
                true,
                mfa,
                assistiveText,
                data,
                options,
                instructions,
                expiresAt);
    }

    public Credential asMfa() {
        return new Credential(
                label,
                name,
                type,
                placeholder,
                validation,
                validationMessage,
                optional,
                true,
                assistiveText,
                data,
                options,
                instructions,
                expiresAt);
    }

    public Credential withOptions(List<SelectOption> selectOptions) {
        return new Credential(
                label,
                name,
                type,
                placeholder,
                validation,
                validationMessage,
                optional,
                mfa,
                assistiveText,
                data,
                selectOptions,
                instructions,
                expiresAt);
    }
}

package dev.plugboard.domain.credential;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Definition of one input a user supplies to connect ({@code ConnectorCredential}, contract §2),
 * with Plugboard's extensions.
 *
 * @param validation a JavaScript-dialect regular expression, tested like {@code RegExp.test}
 * @param optional whether the input may be left out
 * @param mfa whether the value is a one-time MFA value that must be fresh on every execution
 * @param constraints Plugboard's extension rules: format, length bounds, date rules
 * @param validationMessages {@code validationMessage} in other languages, by language
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
        Optional<Instant> expiresAt,
        Constraints constraints,
        Map<Language, String> validationMessages) {

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
        Objects.requireNonNull(constraints, "constraints");
        validationMessages = validationMessages.isEmpty()
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(validationMessages));
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
                Optional.empty(),
                Constraints.NONE,
                Map.of());
    }

    /** The message of this credential's own rule in {@code language}, when it has one. */
    public Optional<String> validationMessage(Language language) {
        return Optional.ofNullable(validationMessages.get(language)).or(() -> validationMessage);
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
                expiresAt,
                constraints,
                validationMessages);
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
                expiresAt,
                constraints,
                validationMessages);
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
                expiresAt,
                constraints,
                validationMessages);
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
                expiresAt,
                constraints,
                validationMessages);
    }

    public Credential withConstraints(Constraints newConstraints) {
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
                options,
                instructions,
                expiresAt,
                newConstraints,
                validationMessages);
    }

    public Credential withExpiresAt(Instant instant) {
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
                options,
                instructions,
                Optional.of(instant),
                constraints,
                validationMessages);
    }

    public Credential withValidationMessages(Map<Language, String> messages) {
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
                options,
                instructions,
                expiresAt,
                constraints,
                messages);
    }
}

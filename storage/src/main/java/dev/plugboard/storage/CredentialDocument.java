package dev.plugboard.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugboard.domain.connector.Credential;
import dev.plugboard.domain.connector.CredentialType;
import dev.plugboard.domain.connector.SelectOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a credential definition is kept in the {@code connectors.credentials} JSON column: the
 * connector's own field names, absent values left out. Kept apart from the HTTP wire format on
 * purpose: the stored form changes only with a migration, the wire form only with the contract.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CredentialDocument(
        String label,
        String name,
        String type,
        String placeholder,
        String validation,
        String validationMessage,
        boolean optional,
        boolean mfa,
        String assistiveText,
        String data,
        List<OptionDocument> options,
        String instructions,
        Long expiresAt) {

    record OptionDocument(String value, String label) {}

    static CredentialDocument of(Credential c) {
        return new CredentialDocument(
                c.label(),
                c.name(),
                c.type().wireName(),
                c.placeholder().orElse(null),
                c.validation().orElse(null),
                c.validationMessage().orElse(null),
                c.optional(),
                c.mfa(),
                c.assistiveText().orElse(null),
                c.data().orElse(null),
                c.options().isEmpty()
                        ? null
                        : c.options().stream()
                                .map(o -> new OptionDocument(o.value(), o.label()))
                                .toList(),
                c.instructions().orElse(null),
                c.expiresAt().map(Instant::toEpochMilli).orElse(null));
    }

    Credential toCredential() {
        return new Credential(
                label,
                name,
                CredentialType.fromWire(type)
                        .orElseThrow(() -> new IllegalStateException("stored credential type is unknown: " + type)),
                Optional.ofNullable(placeholder),
                Optional.ofNullable(validation),
                Optional.ofNullable(validationMessage),
                optional,
                mfa,
                Optional.ofNullable(assistiveText),
                Optional.ofNullable(data),
                options == null
                        ? List.of()
                        : options.stream()
                                .map(o -> new SelectOption(o.value(), o.label()))
                                .toList(),
                Optional.ofNullable(instructions),
                Optional.ofNullable(expiresAt).map(Instant::ofEpochMilli));
    }
}

package dev.plugboard.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugboard.domain.credential.Constraints;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialFormat;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.Language;
import dev.plugboard.domain.credential.SelectOption;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

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
        Long expiresAt,
        String format,
        Integer minLength,
        Integer maxLength,
        Boolean allowFutureDates,
        Map<String, String> validationMessages) {

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
                c.expiresAt().map(Instant::toEpochMilli).orElse(null),
                c.constraints().format().map(Enum::name).orElse(null),
                c.constraints().minLength().isPresent()
                        ? c.constraints().minLength().getAsInt()
                        : null,
                c.constraints().maxLength().isPresent()
                        ? c.constraints().maxLength().getAsInt()
                        : null,
                c.constraints().allowFutureDates() ? null : Boolean.FALSE,
                c.validationMessages().isEmpty() ? null : messagesByTag(c.validationMessages()));
    }

    private static Map<String, String> messagesByTag(Map<Language, String> messages) {
        Map<String, String> byTag = new TreeMap<>();
        messages.forEach((language, text) -> byTag.put(language.tag(), text));
        return byTag;
    }

    private Constraints constraints() {
        return new Constraints(
                Optional.ofNullable(format)
                        .map(f -> CredentialFormat.fromWire(f)
                                .orElseThrow(
                                        () -> new IllegalStateException("stored credential format is unknown: " + f))),
                minLength == null ? OptionalInt.empty() : OptionalInt.of(minLength),
                maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength),
                allowFutureDates == null || allowFutureDates);
    }

    private Map<Language, String> messages() {
        Map<Language, String> byLanguage = new EnumMap<>(Language.class);
        if (validationMessages != null) {
            validationMessages.forEach((tag, text) -> byLanguage.put(
                    Language.fromTag(tag)
                            .orElseThrow(() -> new IllegalStateException("stored message language is unknown: " + tag)),
                    text));
        }
        return byLanguage;
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
                Optional.ofNullable(expiresAt).map(Instant::ofEpochMilli),
                constraints(),
                messages());
    }
}

package dev.plugboard.domain.credential;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.Credential;
import dev.plugboard.domain.connector.CredentialType;
import dev.plugboard.domain.connector.SelectOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The credential rules of one connector, compiled once when a catalog snapshot is built so that a
 * request never compiles a pattern. Patterns are compiled with RE2J: matching runs in time linear
 * in the input, so no submitted value can make a request slow (no ReDoS).
 */
public final class CredentialRules {
    /** What a {@code password} value is echoed as: the value itself never leaves the server. */
    public static final String MASK = "********";

    private record CompiledCredential(Credential credential, Optional<Pattern> pattern) {}

    private final List<CompiledCredential> compiled;

    private CredentialRules(List<CompiledCredential> compiled) {
        this.compiled = List.copyOf(compiled);
    }

    /**
     * Compiles every rule of a connector.
     *
     * @throws InvalidCredentialRuleException naming the connector and credential of every pattern
     *     RE2J cannot run
     */
    public static CredentialRules compile(Connector connector) {
        List<CompiledCredential> compiled = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Credential credential : connector.credentials()) {
            Optional<Pattern> pattern = Optional.empty();
            if (credential.validation().isPresent()) {
                try {
                    pattern =
                            Optional.of(Pattern.compile(credential.validation().get()));
                } catch (PatternSyntaxException e) {
                    problems.add("connector " + connector.id() + ", credential '" + credential.name()
                            + "': validation pattern cannot be compiled in linear time (RE2 syntax): "
                            + e.getDescription());
                }
            }
            compiled.add(new CompiledCredential(credential, pattern));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCredentialRuleException(problems);
        }
        return new CredentialRules(compiled);
    }

    /**
     * Validates submitted values. Absent keys and {@code null} values must already be left out of
     * {@code submitted}; keys the connector does not define are ignored and not echoed.
     */
    public ValidationReport validate(Map<String, String> submitted) {
        List<FieldError> errors = new ArrayList<>();
        for (CompiledCredential rule : compiled) {
            String value = submitted.get(rule.credential().name());
            checkValue(rule, value).ifPresent(errors::add);
        }
        return new ValidationReport(echo(submitted), errors);
    }

    private static Optional<FieldError> checkValue(CompiledCredential rule, String value) {
        Credential credential = rule.credential();
        if (value == null || value.isEmpty()) {
            return credential.optional()
                    ? Optional.empty()
                    : Optional.of(new FieldError(
                            credential.name(),
                            ValidationCode.MISSING_REQUIRED_PARAMETER,
                            ValidationMessages.MISSING_REQUIRED.formatted(credential.name())));
        }
        if (credential.type() == CredentialType.SELECT
                && !credential.options().isEmpty()
                && !isOption(credential, value)) {
            return Optional.of(ruleError(credential, notAnOptionMessage(credential)));
        }
        if (rule.pattern().isPresent() && !rule.pattern().get().matcher(value).find()) {
            return Optional.of(ruleError(credential, ValidationMessages.INVALID_VALUE.formatted(credential.name())));
        }
        return Optional.empty();
    }

    private static boolean isOption(Credential credential, String value) {
        return credential.options().stream().anyMatch(option -> option.value().equals(value));
    }

    private static String notAnOptionMessage(Credential credential) {
        String values = credential.options().stream().map(SelectOption::value).collect(Collectors.joining(", "));
        return ValidationMessages.NOT_AN_OPTION.formatted(credential.name(), values);
    }

    private static FieldError ruleError(Credential credential, String fallbackMessage) {
        return new FieldError(
                credential.name(),
                ValidationCode.RULE_VALIDATION_ERROR,
                credential.validationMessage().orElse(fallbackMessage));
    }

    private Map<String, String> echo(Map<String, String> submitted) {
        Map<String, String> echoed = new LinkedHashMap<>();
        submitted.forEach((key, value) ->
                definition(key).ifPresent(credential -> echoed.put(key, masked(credential, value))));
        return echoed;
    }

    private Optional<Credential> definition(String name) {
        return compiled.stream()
                .map(CompiledCredential::credential)
                .filter(credential -> credential.name().equals(name))
                .findFirst();
    }

    private static String masked(Credential credential, String value) {
        return credential.type() == CredentialType.PASSWORD && !value.isEmpty() ? MASK : value;
    }
}

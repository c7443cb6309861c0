package dev.plugboard.domain.credential;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The credential rules of one connector, compiled once when a catalog snapshot is built so that a
 * request never compiles a pattern. Regexes are JavaScript sources run by {@link JsRegex} in
 * linear time, so no submitted value can make a request slow.
 *
 * <p>Each field is checked in this order and reports its first failure only: presence (001), an
 * MFA value past its {@code expiresAt} (003), {@code select} options (002), presence alone for
 * {@code image} and {@code hcaptcha}, length bounds (002 with {@code data.min} / {@code data.max}),
 * the credential's regex (002), its format (002; a date in the future where forbidden, 003), and
 * digits only for a {@code number} with neither regex nor format (002).
 */
public final class CredentialRules {
    /** What a {@code password} value is echoed as: the value itself never leaves the server. */
    public static final String MASK = "********";

    private record Rule(
            Credential credential, Optional<JsRegex> pattern, Optional<CredentialFormat> format, boolean required) {}

    private final List<Rule> rules;
    private final Map<String, Rule> byName;

    private CredentialRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Rule> index = new HashMap<>();
        rules.forEach(rule -> index.put(rule.credential().name(), rule));
        this.byName = Map.copyOf(index);
    }

    /**
     * Compiles every rule of a connector's credentials.
     *
     * @param connectorHasMfa whether the connector asks for MFA up front: its {@code mfa}
     *     credentials are then required (an MFA 1-step connector); otherwise they are asked later
     *     (2-step) and validated only when sent
     * @throws InvalidCredentialRuleException naming the connector and credential of every pattern
     *     that cannot run, or that would not mean here what it means in JavaScript
     */
    public static CredentialRules compile(int connectorId, List<Credential> credentials, boolean connectorHasMfa) {
        return compile(connectorId, credentials, connectorHasMfa, new JsRegexInterner());
    }

    /**
     * Compiles every rule of a connector's credentials as {@link #compile(int, List, boolean)}
     * does, taking each pattern from {@code patterns}, so that connectors built with the same
     * interner share the compiled form of a pattern they have in common.
     */
    public static CredentialRules compile(
            int connectorId, List<Credential> credentials, boolean connectorHasMfa, JsRegexInterner patterns) {
        List<Rule> compiled = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Credential credential : credentials) {
            Optional<JsRegex> pattern = Optional.empty();
            if (credential.validation().isPresent()) {
                try {
                    pattern =
                            Optional.of(patterns.compile(credential.validation().get()));
                } catch (UnsupportedJsRegexException e) {
                    problems.add("connector " + connectorId + ", credential '" + credential.name()
                            + "': validation pattern " + credential.validation().get() + " is refused: "
                            + e.getMessage());
                }
            }
            Optional<CredentialFormat> format = credential
                    .constraints()
                    .format()
                    .or(() -> credential.type() == CredentialType.ETHADDRESS
                            ? Optional.of(CredentialFormat.ETH_ADDRESS)
                            : Optional.empty());
            boolean required = !credential.optional() && (!credential.mfa() || connectorHasMfa);
            compiled.add(new Rule(credential, pattern, format, required));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCredentialRuleException(problems);
        }
        return new CredentialRules(compiled);
    }

    /**
     * Validates submitted values, reporting every failing field in credential order. Absent keys
     * and {@code null} values must already be left out of {@code submitted}; keys the connector
     * does not define are ignored and not echoed.
     */
    public ValidationReport validate(Map<String, String> submitted, ValidationContext context) {
        List<FieldError> errors = new ArrayList<>();
        for (Rule rule : rules) {
            check(rule, submitted.get(rule.credential().name()), context).ifPresent(errors::add);
        }
        return new ValidationReport(echo(submitted), errors);
    }

    private static Optional<FieldError> check(Rule rule, String value, ValidationContext context) {
        Credential c = rule.credential();
        Language language = context.language();
        if (value == null || value.isEmpty()) {
            return rule.required()
                    ? Optional.of(error(
                            c,
                            ValidationCode.MISSING_REQUIRED_PARAMETER,
                            ValidationMessage.MISSING_REQUIRED.text(language, c.name())))
                    : Optional.empty();
        }
        if (c.expiresAt().isPresent() && context.now().isAfter(c.expiresAt().get())) {
            return Optional.of(new FieldError(
                    c.name(),
                    ValidationCode.DATE_RULE_VALIDATION_ERROR,
                    ValidationMessage.MFA_EXPIRED.text(language, c.name()),
                    Map.of(
                            "expiresAt",
                            DateTimeFormatter.ISO_INSTANT.format(c.expiresAt().get()))));
        }
        if (c.type() == CredentialType.SELECT && !c.options().isEmpty() && !isOption(c, value)) {
            return Optional.of(
                    ruleError(c, language, ValidationMessage.NOT_AN_OPTION.text(language, c.name(), optionValues(c))));
        }
        if (c.type() == CredentialType.IMAGE || c.type() == CredentialType.HCAPTCHA) {
            return Optional.empty();
        }
        return checkLength(c, value, language)
                .or(() -> rule.pattern()
                        .filter(p -> !p.test(value))
                        .map(p -> ruleError(c, language, ValidationMessage.INVALID_VALUE.text(language, c.name()))))
                .or(() -> rule.format().flatMap(format -> checkFormat(c, format, value, context)))
                .or(() -> checkNumber(rule, value, language));
    }

    private static Optional<FieldError> checkLength(Credential c, String value, Language language) {
        int length = value.codePointCount(0, value.length());
        Constraints constraints = c.constraints();
        if (constraints.minLength().isPresent()
                && length < constraints.minLength().getAsInt()) {
            int min = constraints.minLength().getAsInt();
            return Optional.of(ruleError(
                    c, language, ValidationMessage.TOO_SHORT.text(language, c.name(), min), Map.of("min", min)));
        }
        if (constraints.maxLength().isPresent()
                && length > constraints.maxLength().getAsInt()) {
            int max = constraints.maxLength().getAsInt();
            return Optional.of(ruleError(
                    c, language, ValidationMessage.TOO_LONG.text(language, c.name(), max), Map.of("max", max)));
        }
        return Optional.empty();
    }

    private static Optional<FieldError> checkFormat(
            Credential c, CredentialFormat format, String value, ValidationContext context) {
        Language language = context.language();
        return switch (format.check(value)) {
            case MALFORMED ->
                Optional.of(ruleError(c, language, malformed(format).text(language)));
            case INVALID ->
                Optional.of(new FieldError(
                        c.name(),
                        ValidationCode.RULE_VALIDATION_ERROR,
                        invalid(format, value).text(language)));
            case VALID ->
                format == CredentialFormat.DATE && !c.constraints().allowFutureDates()
                        ? futureDate(c, value, context)
                        : Optional.empty();
        };
    }

    private static Optional<FieldError> futureDate(Credential c, String value, ValidationContext context) {
        LocalDate today = context.today();
        return CredentialFormat.parseDate(value)
                .filter(date -> date.isAfter(today))
                .map(date -> new FieldError(
                        c.name(),
                        ValidationCode.DATE_RULE_VALIDATION_ERROR,
                        ValidationMessage.DATE_IN_FUTURE.text(context.language(), c.name()),
                        Map.of("notAfter", today.toString())));
    }

    private static Optional<FieldError> checkNumber(Rule rule, String value, Language language) {
        Credential c = rule.credential();
        if (c.type() != CredentialType.NUMBER
                || rule.pattern().isPresent()
                || rule.format().isPresent()) {
            return Optional.empty();
        }
        boolean digitsOnly = value.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        return digitsOnly
                ? Optional.empty()
                : Optional.of(ruleError(c, language, ValidationMessage.NOT_A_NUMBER.text(language, c.name())));
    }

    private static ValidationMessage malformed(CredentialFormat format) {
        return switch (format) {
            case CPF -> ValidationMessage.CPF_MALFORMED;
            case CNPJ -> ValidationMessage.CNPJ_MALFORMED;
            case CPF_OR_CNPJ -> ValidationMessage.CPF_OR_CNPJ_MALFORMED;
            case EMAIL -> ValidationMessage.EMAIL_MALFORMED;
            case PHONE_BR -> ValidationMessage.PHONE_MALFORMED;
            case DATE -> ValidationMessage.DATE_MALFORMED;
            case ETH_ADDRESS -> ValidationMessage.ETH_ADDRESS_MALFORMED;
        };
    }

    private static ValidationMessage invalid(CredentialFormat format, String value) {
        return switch (format) {
            case CPF -> ValidationMessage.CPF_INVALID;
            case CNPJ -> ValidationMessage.CNPJ_INVALID;
            case CPF_OR_CNPJ ->
                CredentialFormat.CPF.check(value) == FormatVerdict.MALFORMED
                        ? ValidationMessage.CNPJ_INVALID
                        : ValidationMessage.CPF_INVALID;
            case EMAIL -> ValidationMessage.EMAIL_MALFORMED;
            case PHONE_BR -> ValidationMessage.PHONE_INVALID;
            case DATE -> ValidationMessage.DATE_INVALID;
            case ETH_ADDRESS -> ValidationMessage.ETH_ADDRESS_INVALID;
        };
    }

    private static boolean isOption(Credential credential, String value) {
        return credential.options().stream().anyMatch(option -> option.value().equals(value));
    }

    private static String optionValues(Credential credential) {
        return credential.options().stream().map(SelectOption::value).collect(Collectors.joining(", "));
    }

    private static FieldError error(Credential c, ValidationCode code, String message) {
        return new FieldError(c.name(), code, message);
    }

    /** A 002 with the credential's own message in the language when it has one, ours otherwise. */
    private static FieldError ruleError(Credential c, Language language, String fallback) {
        return ruleError(c, language, fallback, Map.of());
    }

    private static FieldError ruleError(Credential c, Language language, String fallback, Map<String, Object> data) {
        return new FieldError(
                c.name(),
                ValidationCode.RULE_VALIDATION_ERROR,
                c.validationMessage(language).orElse(fallback),
                data);
    }

    private Map<String, String> echo(Map<String, String> submitted) {
        Map<String, String> echoed = new LinkedHashMap<>();
        submitted.forEach((key, value) -> {
            Rule rule = byName.get(key);
            if (rule != null) {
                echoed.put(key, masked(rule.credential(), value));
            }
        });
        return echoed;
    }

    private static String masked(Credential credential, String value) {
        return credential.type() == CredentialType.PASSWORD && !value.isEmpty() ? MASK : value;
    }
}

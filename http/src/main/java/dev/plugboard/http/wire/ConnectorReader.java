package dev.plugboard.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.domain.connector.Access;
import dev.plugboard.domain.connector.Branding;
import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.domain.connector.HealthStage;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.credential.Constraints;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialFormat;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.JsRegex;
import dev.plugboard.domain.credential.Language;
import dev.plugboard.domain.credential.SelectOption;
import dev.plugboard.domain.credential.UnsupportedJsRegexException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads connectors in Pluggy's shape, the format of the bundled catalog and of catalog files.
 * Strict: unknown fields, wrong types, unknown enum values, blank names, bad countries, repeated
 * credential names and validation patterns that cannot run are problems, all reported at once with
 * the path of the field, so a typo in a catalog never passes silently.
 */
public final class ConnectorReader {
    private static final Set<String> CONNECTOR_FIELDS = Set.of(
            "id",
            "name",
            "primaryColor",
            "institutionUrl",
            "country",
            "type",
            "credentials",
            "imageUrl",
            "hasMFA",
            "oauth",
            "oauthUrl",
            "resetPasswordUrl",
            "health",
            "products",
            "createdAt",
            "isSandbox",
            "isOpenFinance",
            "updatedAt",
            "supportsPaymentInitiation",
            "supportsScheduledPayments",
            "supportsSmartTransfers",
            "supportsBoletoManagement",
            "supportsAutomaticPix");
    private static final Set<String> CREDENTIAL_FIELDS = Set.of(
            "label",
            "name",
            "type",
            "placeholder",
            "validation",
            "validationMessage",
            "optional",
            "mfa",
            "assistiveText",
            "data",
            "options",
            "instructions",
            "expiresAt",
            "format",
            "minLength",
            "maxLength",
            "allowFutureDates",
            "validationMessages");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> HEALTH_FIELDS = Set.of("status", "stage");
    private static final Set<String> OPTION_FIELDS = Set.of("value", "label");

    private ConnectorReader() {}

    /** Reads a JSON array of connectors. */
    public static List<Connector> readAll(JsonNode array) {
        return readAll(array, Optional.empty());
    }

    /**
     * Reads a JSON array of connectors written by an operator: {@code createdAt} and
     * {@code updatedAt} may be left out and are then {@code now} (the server maintains them).
     */
    public static List<Connector> readAll(JsonNode array, Instant now) {
        return readAll(array, Optional.of(now));
    }

    private static List<Connector> readAll(JsonNode array, Optional<Instant> defaultTime) {
        if (!array.isArray()) {
            throw new InvalidConnectorJsonException(List.of("a catalog must be a JSON array of connectors"));
        }
        List<String> problems = new ArrayList<>();
        List<Connector> connectors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            read(array.get(i), "[" + i + "]", problems, defaultTime).ifPresent(connectors::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConnectorJsonException(problems);
        }
        return connectors;
    }

    /** Reads one connector object. */
    public static Connector read(JsonNode node) {
        return read(node, Optional.empty());
    }

    /** Reads one connector written by an operator; missing timestamps are {@code now}. */
    public static Connector read(JsonNode node, Instant now) {
        return read(node, Optional.of(now));
    }

    private static Connector read(JsonNode node, Optional<Instant> defaultTime) {
        List<String> problems = new ArrayList<>();
        Optional<Connector> connector = read(node, "", problems, defaultTime);
        if (!problems.isEmpty() || connector.isEmpty()) {
            throw new InvalidConnectorJsonException(problems);
        }
        return connector.get();
    }

    private static Optional<Connector> read(
            JsonNode node, String path, List<String> problems, Optional<Instant> defaultTime) {
        if (!node.isObject()) {
            problems.add((path.isEmpty() ? "connector" : path) + ": must be an object");
            return Optional.empty();
        }
        int before = problems.size();
        JsonFields f = new JsonFields(node, path, problems);
        f.rejectUnknown(CONNECTOR_FIELDS);
        int id = f.requiredInt("id");
        String name = f.requiredString("name");
        if (name.isBlank() && node.path("name").isTextual()) {
            f.problem("name", "must not be blank");
        }
        Optional<ConnectorType> type = f.requiredEnum("type", ConnectorType::fromWire, names(ConnectorType.values()));
        String country = f.requiredString("country");
        if (node.path("country").isTextual() && !COUNTRY.matcher(country).matches()) {
            f.problem("country", "must be two capital letters (ISO 3166-1 alpha-2), such as BR: '" + country + "'");
        }
        Branding branding = branding(f);
        List<Credential> credentials = credentials(f);
        Access access = new Access(
                f.flag("hasMFA", false),
                f.flag("oauth", false),
                f.optionalUrl("oauthUrl"),
                f.optionalUrl("resetPasswordUrl"));
        ConnectorHealth health = health(f);
        List<Product> products = products(f);
        Capabilities capabilities = new Capabilities(
                f.flag("supportsPaymentInitiation", false),
                f.flag("supportsScheduledPayments", false),
                f.flag("supportsSmartTransfers", false),
                f.flag("supportsBoletoManagement", false),
                f.flag("supportsAutomaticPix", false));
        boolean sandbox = f.flag("isSandbox", false);
        boolean openFinance = f.flag("isOpenFinance", false);
        Instant createdAt = timestamp(f, "createdAt", defaultTime);
        Instant updatedAt = timestamp(f, "updatedAt", defaultTime);
        if (problems.size() > before || type.isEmpty() || branding == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Connector(
                    id,
                    name,
                    type.get(),
                    country,
                    branding,
                    credentials,
                    access,
                    health,
                    products,
                    capabilities,
                    sandbox,
                    openFinance,
                    createdAt,
                    updatedAt));
        } catch (IllegalArgumentException e) {
            problems.add((path.isEmpty() ? "connector" : path) + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Instant timestamp(JsonFields f, String field, Optional<Instant> defaultTime) {
        if (defaultTime.isPresent()) {
            return f.optionalInstant(field).orElse(defaultTime.get());
        }
        return f.requiredInstant(field);
    }

    private static Branding branding(JsonFields f) {
        String primaryColor = f.requiredString("primaryColor");
        String institutionUrl = f.requiredUrl("institutionUrl");
        String imageUrl = f.requiredUrl("imageUrl");
        try {
            return new Branding(primaryColor, institutionUrl, imageUrl);
        } catch (IllegalArgumentException e) {
            if (!primaryColor.isEmpty()) {
                f.problem("primaryColor", "must be six hex digits without '#'");
            }
            return null;
        }
    }

    private static ConnectorHealth health(JsonFields f) {
        Optional<JsonFields> health = f.object("health");
        if (health.isEmpty()) {
            return ConnectorHealth.ONLINE;
        }
        JsonFields h = health.get();
        h.rejectUnknown(HEALTH_FIELDS);
        HealthStatus status = h.requiredEnum("status", HealthStatus::fromWire, names(HealthStatus.values()))
                .orElse(HealthStatus.ONLINE);
        Optional<HealthStage> stage = h.optionalString("stage").flatMap(text -> {
            Optional<HealthStage> parsed = HealthStage.fromWire(text);
            if (parsed.isEmpty()) {
                h.problem("stage", "'" + text + "' is not one of BETA, null");
            }
            return parsed;
        });
        return new ConnectorHealth(status, stage);
    }

    private static List<Product> products(JsonFields f) {
        List<Product> products = new ArrayList<>();
        List<JsonNode> items = f.array("products", true);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            Optional<Product> product = item.isTextual() ? Product.fromWire(item.asText()) : Optional.empty();
            if (product.isEmpty()) {
                f.problem("products[" + i + "]", "'" + item.asText() + "' is not one of " + names(Product.values()));
            } else {
                products.add(product.get());
            }
        }
        return products;
    }

    private static List<Credential> credentials(JsonFields f) {
        List<Credential> credentials = new ArrayList<>();
        Map<String, Integer> firstByName = new HashMap<>();
        List<JsonNode> items = f.array("credentials", true);
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isObject()) {
                f.problem("credentials[" + i + "]", "must be an object");
                continue;
            }
            Optional<Credential> credential = credential(f.element(items.get(i), "credentials", i));
            if (credential.isEmpty()) {
                continue;
            }
            Integer first = firstByName.putIfAbsent(credential.get().name(), i);
            if (first != null) {
                f.problem(
                        "credentials[" + i + "].name",
                        "'" + credential.get().name() + "' appears already at credentials[" + first + "]");
            }
            credentials.add(credential.get());
        }
        return credentials;
    }

    private static Optional<Credential> credential(JsonFields c) {
        c.rejectUnknown(CREDENTIAL_FIELDS);
        String label = c.requiredString("label");
        String name = c.requiredString("name");
        Optional<CredentialType> type = c.requiredEnum("type", CredentialType::fromWire, credentialTypes());
        List<SelectOption> options = new ArrayList<>();
        List<JsonNode> items = c.array("options", false);
        for (int i = 0; i < items.size(); i++) {
            JsonFields o = c.element(items.get(i), "options", i);
            o.rejectUnknown(OPTION_FIELDS);
            options.add(new SelectOption(o.requiredString("value"), o.requiredString("label")));
        }
        Optional<String> placeholder = c.optionalString("placeholder");
        Optional<String> validation = c.optionalString("validation");
        validation.ifPresent(pattern -> {
            try {
                JsRegex.compile(pattern);
            } catch (UnsupportedJsRegexException e) {
                c.problem("validation", "pattern " + pattern + " is refused: " + e.getMessage());
            }
        });
        Optional<String> validationMessage = c.optionalString("validationMessage");
        boolean optional = c.flag("optional", false);
        boolean mfa = c.flag("mfa", false);
        Optional<String> assistiveText = c.optionalString("assistiveText");
        Optional<String> data = c.optionalString("data");
        Optional<String> instructions = c.optionalString("instructions");
        var expiresAt = c.optionalInstant("expiresAt");
        Constraints constraints = constraints(c);
        Map<Language, String> messages = messages(c);
        if (name.isBlank() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Credential(
                label,
                name,
                type.get(),
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
                messages));
    }

    /** Plugboard's extension fields: {@code format}, {@code minLength}, {@code maxLength}, {@code allowFutureDates}. */
    private static Constraints constraints(JsonFields c) {
        Optional<CredentialFormat> format = c.optionalString("format").flatMap(text -> {
            Optional<CredentialFormat> parsed = CredentialFormat.fromWire(text);
            if (parsed.isEmpty()) {
                c.problem("format", "'" + text + "' is not one of " + names(CredentialFormat.values()));
            }
            return parsed;
        });
        OptionalInt minLength = c.optionalCount("minLength");
        OptionalInt maxLength = c.optionalCount("maxLength");
        if (minLength.isPresent() && maxLength.isPresent() && minLength.getAsInt() > maxLength.getAsInt()) {
            c.problem("minLength", "must not be greater than maxLength");
        }
        return new Constraints(format, minLength, maxLength, c.flag("allowFutureDates", true));
    }

    /** {@code validationMessages}: the message in other languages, by BCP 47 tag ({@code en}, {@code pt-BR}). */
    private static Map<Language, String> messages(JsonFields c) {
        Map<Language, String> messages = new EnumMap<>(Language.class);
        c.object("validationMessages")
                .ifPresent(m -> m.forEachField((tag, value) -> {
                    Optional<Language> language = Language.fromTag(tag);
                    if (language.isEmpty()) {
                        m.problem(tag, "is not a supported language; use one of " + languages());
                    } else if (!value.isTextual()) {
                        m.problem(tag, "must be a string");
                    } else {
                        messages.put(language.get(), value.asText());
                    }
                }));
        return messages;
    }

    private static String languages() {
        return Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", "));
    }

    private static String credentialTypes() {
        return Arrays.stream(CredentialType.values())
                .map(CredentialType::wireName)
                .collect(Collectors.joining(", "));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}

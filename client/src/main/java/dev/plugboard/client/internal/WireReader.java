package dev.plugboard.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.client.ApiKey;
import dev.plugboard.client.ConnectToken;
import dev.plugboard.client.Connector;
import dev.plugboard.client.ConnectorPage;
import dev.plugboard.client.ConnectorType;
import dev.plugboard.client.Credential;
import dev.plugboard.client.CredentialType;
import dev.plugboard.client.Health;
import dev.plugboard.client.HealthStatus;
import dev.plugboard.client.Product;
import dev.plugboard.client.ValidationResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the API's JSON into the client's records, tolerantly: unknown fields are ignored, unknown
 * enum values become {@code UNKNOWN}, absent flags are {@code false}, absent always-sent strings
 * are empty. What cannot be read at all (an id that is not a number, a list that is not an array)
 * is an {@link UnreadableAnswerException}.
 */
public final class WireReader {
    private WireReader() {}

    public static Connector connector(JsonNode json) {
        WireObject c = WireObject.of(json, "connector");
        return new Connector(
                c.requiredInt("id"),
                c.text("name"),
                new Connector.Branding(c.text("primaryColor"), c.text("institutionUrl"), c.text("imageUrl")),
                c.text("country"),
                ConnectorType.fromWire(c.text("type")),
                c.list("credentials", WireReader::credential),
                new Connector.Access(
                        c.flag("hasMFA"),
                        c.flag("oauth"),
                        c.optionalText("oauthUrl"),
                        c.optionalText("resetPasswordUrl")),
                health(c.child("health")),
                c.list("products", product -> Product.fromWire(product.asText())),
                c.flag("isSandbox"),
                c.flag("isOpenFinance"),
                new Connector.Capabilities(
                        c.flag("supportsPaymentInitiation"),
                        c.flag("supportsScheduledPayments"),
                        c.flag("supportsSmartTransfers"),
                        c.flag("supportsBoletoManagement"),
                        c.flag("supportsAutomaticPix")),
                c.instant("createdAt"),
                c.instant("updatedAt"));
    }

    public static ConnectorPage connectorPage(JsonNode json) {
        WireObject page = WireObject.of(json, "connector list");
        return new ConnectorPage(
                page.requiredInt("page"),
                page.requiredInt("total"),
                page.requiredInt("totalPages"),
                page.list("results", WireReader::connector));
    }

    public static ValidationResult validationResult(JsonNode json) {
        WireObject result = WireObject.of(json, "validation result");
        Map<String, String> parameters = new LinkedHashMap<>();
        result.child("parameters")
                .properties()
                .forEach(
                        entry -> parameters.put(entry.getKey(), entry.getValue().asText()));
        List<ValidationResult.ParameterError> errors = result.list("errors", error -> {
            WireObject e = WireObject.of(error, "validation error");
            return new ValidationResult.ParameterError(e.text("code"), e.text("message"), e.text("parameter"));
        });
        return new ValidationResult(parameters, errors);
    }

    public static ApiKey apiKey(JsonNode json) {
        String value = WireObject.of(json, "authentication answer").requiredText("apiKey");
        return new ApiKey(value, Jwt.expiry(value));
    }

    public static ConnectToken connectToken(JsonNode json) {
        String value = WireObject.of(json, "connect token answer").requiredText("accessToken");
        return new ConnectToken(value, Jwt.expiry(value));
    }

    private static Credential credential(JsonNode json) {
        WireObject c = WireObject.of(json, "credential");
        List<Credential.Option> options = c.list("options", option -> {
            WireObject o = WireObject.of(option, "credential option");
            return new Credential.Option(o.text("value"), o.text("label"));
        });
        return new Credential(
                c.text("name"),
                c.text("label"),
                CredentialType.fromWire(c.text("type")),
                c.optionalText("placeholder"),
                c.optionalText("validation"),
                c.optionalText("validationMessage"),
                c.flag("optional"),
                c.flag("mfa"),
                options,
                new Credential.Extras(
                        c.optionalText("assistiveText"),
                        c.optionalText("data"),
                        c.optionalText("instructions"),
                        c.instant("expiresAt")));
    }

    private static Health health(JsonNode json) {
        if (json.isMissingNode() || json.isNull()) {
            return new Health(HealthStatus.UNKNOWN, Optional.empty(), Optional.empty());
        }
        WireObject h = WireObject.of(json, "health");
        JsonNode details = h.child("details");
        Optional<Health.Details> read = details.isObject()
                ? Optional.of(new Health.Details(
                        details.path("connectionRateLast6Hours").isNumber()
                                ? OptionalDouble.of(
                                        details.path("connectionRateLast6Hours").asDouble())
                                : OptionalDouble.empty(),
                        details.path("connectionsLast6Hours").asLong(0)))
                : Optional.empty();
        return new Health(HealthStatus.fromWire(h.text("status")), h.optionalText("stage"), read);
    }
}

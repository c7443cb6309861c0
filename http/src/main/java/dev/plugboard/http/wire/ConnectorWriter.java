package dev.plugboard.http.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.credential.Constraints;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.SelectOption;
import dev.plugboard.domain.health.HealthPolicy;
import dev.plugboard.domain.health.HealthStats;
import dev.plugboard.domain.health.OutcomeClass;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a connector exactly as Pluggy's API does: compact JSON, the field order of real payloads
 * (contract §1 and §2), optional strings left out rather than {@code null}, {@code health.stage}
 * written as {@code null} when absent, timestamps with milliseconds.
 */
public final class ConnectorWriter {
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * What {@code health.details} holds: Pluggy's two figures, the override's message in
     * {@code error}, and Plugboard's extras (clients ignore fields they do not know): the window,
     * its sample size, the thresholds in force, outcomes by class and per-product success rates.
     *
     * @param connectionsLast6Hours the caller's own executions; {@link #CALLER} when the bytes are
     *     rendered once for every caller and the count is filled in per request
     */
    public record HealthDetails(
            OptionalDouble connectionRateLast6Hours,
            long connectionsLast6Hours,
            Optional<String> error,
            Optional<HealthStats> stats,
            Optional<HealthPolicy> policy) {
        /** Before any outcome was computed: no rate, no connections. */
        public static final HealthDetails NONE =
                new HealthDetails(OptionalDouble.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty());
        /** A placeholder count, written where each caller's own count goes. */
        public static final long CALLER = Long.MIN_VALUE;
    }

    private ConnectorWriter() {}

    public static byte[] toBytes(Connector connector, Optional<HealthDetails> details) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, connector, details);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    public static void write(JsonGenerator json, Connector c, Optional<HealthDetails> details) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", c.id());
        json.writeStringField("name", c.name());
        json.writeStringField("primaryColor", c.branding().primaryColor());
        json.writeStringField("institutionUrl", c.branding().institutionUrl());
        json.writeStringField("country", c.country());
        json.writeStringField("type", c.type().name());
        json.writeArrayFieldStart("credentials");
        for (Credential credential : c.credentials()) {
            writeCredential(json, credential);
        }
        json.writeEndArray();
        json.writeStringField("imageUrl", c.branding().imageUrl());
        json.writeBooleanField("hasMFA", c.access().hasMfa());
        json.writeBooleanField("oauth", c.access().oauth());
        writeOptional(json, "oauthUrl", c.access().oauthUrl());
        writeOptional(json, "resetPasswordUrl", c.access().resetPasswordUrl());
        writeHealth(json, c, details);
        json.writeArrayFieldStart("products");
        for (Product product : c.products()) {
            json.writeString(product.name());
        }
        json.writeEndArray();
        json.writeStringField("createdAt", WireTime.format(c.createdAt()));
        json.writeBooleanField("isSandbox", c.sandbox());
        json.writeBooleanField("isOpenFinance", c.openFinance());
        json.writeStringField("updatedAt", WireTime.format(c.updatedAt()));
        json.writeBooleanField("supportsPaymentInitiation", c.capabilities().paymentInitiation());
        json.writeBooleanField("supportsScheduledPayments", c.capabilities().scheduledPayments());
        json.writeBooleanField("supportsSmartTransfers", c.capabilities().smartTransfers());
        json.writeBooleanField("supportsBoletoManagement", c.capabilities().boletoManagement());
        json.writeBooleanField("supportsAutomaticPix", c.capabilities().automaticPix());
        json.writeEndObject();
    }

    private static void writeHealth(JsonGenerator json, Connector c, Optional<HealthDetails> details)
            throws IOException {
        json.writeObjectFieldStart("health");
        json.writeStringField("status", c.health().status().name());
        json.writeFieldName("stage");
        if (c.health().stage().isPresent()) {
            json.writeString(c.health().stage().get().name());
        } else {
            json.writeNull();
        }
        if (details.isPresent()) {
            writeDetails(json, details.get());
        }
        json.writeEndObject();
    }

    private static void writeDetails(JsonGenerator json, HealthDetails details) throws IOException {
        json.writeObjectFieldStart("details");
        json.writeFieldName("connectionRateLast6Hours");
        if (details.connectionRateLast6Hours().isPresent()) {
            json.writeNumber(details.connectionRateLast6Hours().getAsDouble());
        } else {
            json.writeNull();
        }
        json.writeNumberField("connectionsLast6Hours", details.connectionsLast6Hours());
        writeOptional(json, "error", details.error());
        if (details.stats().isPresent()) {
            HealthStats stats = details.stats().get();
            json.writeObjectFieldStart("window");
            json.writeStringField("start", WireTime.format(stats.window().start()));
            json.writeStringField("end", WireTime.format(stats.window().end()));
            json.writeEndObject();
            json.writeNumberField("sampleSize", stats.total());
            json.writeNumberField("failures", stats.failures());
            json.writeObjectFieldStart("outcomes");
            for (OutcomeClass outcome : OutcomeClass.values()) {
                json.writeNumberField(
                        camel(outcome.name()), stats.byOutcomeClass().getOrDefault(outcome, 0L));
            }
            json.writeEndObject();
            json.writeObjectFieldStart("products");
            for (var product : stats.productSuccessRates().entrySet()) {
                json.writeNumberField(product.getKey().name(), product.getValue());
            }
            json.writeEndObject();
        }
        if (details.policy().isPresent()) {
            HealthPolicy policy = details.policy().get();
            json.writeObjectFieldStart("thresholds");
            json.writeNumberField("onlineAt", policy.onlineAt());
            json.writeNumberField("offlineBelow", policy.offlineBelow());
            json.writeNumberField("margin", policy.margin());
            json.writeNumberField("minimumSample", policy.minimumSample());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** {@code INSTITUTION_ERROR} → {@code institutionError}. */
    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static void writeCredential(JsonGenerator json, Credential credential) throws IOException {
        json.writeStartObject();
        json.writeStringField("label", credential.label());
        json.writeStringField("name", credential.name());
        json.writeStringField("type", credential.type().wireName());
        writeOptional(json, "placeholder", credential.placeholder());
        writeOptional(json, "validation", credential.validation());
        writeOptional(json, "validationMessage", credential.validationMessage());
        json.writeBooleanField("optional", credential.optional());
        if (credential.mfa()) {
            json.writeBooleanField("mfa", true);
        }
        writeOptional(json, "assistiveText", credential.assistiveText());
        writeOptional(json, "data", credential.data());
        if (!credential.options().isEmpty()) {
            json.writeArrayFieldStart("options");
            for (SelectOption option : credential.options()) {
                json.writeStartObject();
                json.writeStringField("value", option.value());
                json.writeStringField("label", option.label());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        writeOptional(json, "instructions", credential.instructions());
        writeOptional(json, "expiresAt", credential.expiresAt().map(WireTime::format));
        writeExtensions(json, credential);
        json.writeEndObject();
    }

    /** Plugboard's extension fields, written only when set (clients ignore fields they do not know). */
    private static void writeExtensions(JsonGenerator json, Credential credential) throws IOException {
        Constraints constraints = credential.constraints();
        writeOptional(json, "format", constraints.format().map(Enum::name));
        if (constraints.minLength().isPresent()) {
            json.writeNumberField("minLength", constraints.minLength().getAsInt());
        }
        if (constraints.maxLength().isPresent()) {
            json.writeNumberField("maxLength", constraints.maxLength().getAsInt());
        }
        if (!constraints.allowFutureDates()) {
            json.writeBooleanField("allowFutureDates", false);
        }
        if (!credential.validationMessages().isEmpty()) {
            json.writeObjectFieldStart("validationMessages");
            for (var message : credential.validationMessages().entrySet()) {
                json.writeStringField(message.getKey().tag(), message.getValue());
            }
            json.writeEndObject();
        }
    }

    private static void writeOptional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        }
    }
}

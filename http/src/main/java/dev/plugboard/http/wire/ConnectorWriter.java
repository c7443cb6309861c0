package dev.plugboard.http.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.credential.Constraints;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.SelectOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes a connector exactly as Pluggy's API does: compact JSON, the field order of real payloads
 * (contract §1 and §2), optional strings left out rather than {@code null}, {@code health.stage}
 * written as {@code null} when absent, timestamps with milliseconds.
 */
public final class ConnectorWriter {
    private static final JsonFactory JSON = new JsonFactory();

    /** What {@code health.details} holds until health is computed from real outcomes. */
    public record HealthDetails(Optional<Double> connectionRateLast6Hours, long connectionsLast6Hours) {
        public static final HealthDetails NONE = new HealthDetails(Optional.empty(), 0);
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
            json.writeObjectFieldStart("details");
            json.writeFieldName("connectionRateLast6Hours");
            if (details.get().connectionRateLast6Hours().isPresent()) {
                json.writeNumber(details.get().connectionRateLast6Hours().get());
            } else {
                json.writeNull();
            }
            json.writeNumberField("connectionsLast6Hours", details.get().connectionsLast6Hours());
            json.writeEndObject();
        }
        json.writeEndObject();
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

package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.client.Connector;
import dev.plugboard.client.Credential;
import dev.plugboard.client.Product;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks that the client library read a connector exactly as the server's JSON says. */
final class WireConnectorCheck {
    private WireConnectorCheck() {}

    static void matches(Connector read, JsonNode wire) {
        String id = "connector " + wire.get("id");
        assertThat(read.id()).as(id).isEqualTo(wire.get("id").asInt());
        assertThat(read.name()).as(id).isEqualTo(wire.get("name").asText());
        assertThat(read.branding())
                .as(id)
                .isEqualTo(new Connector.Branding(
                        wire.get("primaryColor").asText(),
                        wire.get("institutionUrl").asText(),
                        wire.get("imageUrl").asText()));
        assertThat(read.country()).as(id).isEqualTo(wire.get("country").asText());
        assertThat(read.type().name()).as(id).isEqualTo(wire.get("type").asText());
        assertThat(read.access())
                .as(id)
                .isEqualTo(new Connector.Access(
                        wire.get("hasMFA").asBoolean(),
                        wire.get("oauth").asBoolean(),
                        text(wire, "oauthUrl"),
                        text(wire, "resetPasswordUrl")));
        assertThat(read.health().status().name())
                .as(id)
                .isEqualTo(wire.at("/health/status").asText());
        assertThat(read.health().stage()).as(id).isEqualTo(text(wire.get("health"), "stage"));
        assertThat(read.products().stream().map(Product::name).toList()).as(id).isEqualTo(texts(wire.get("products")));
        assertThat(read.sandbox()).as(id).isEqualTo(wire.get("isSandbox").asBoolean());
        assertThat(read.openFinance())
                .as(id)
                .isEqualTo(wire.get("isOpenFinance").asBoolean());
        assertThat(read.capabilities())
                .as(id)
                .isEqualTo(new Connector.Capabilities(
                        wire.get("supportsPaymentInitiation").asBoolean(),
                        wire.get("supportsScheduledPayments").asBoolean(),
                        wire.get("supportsSmartTransfers").asBoolean(),
                        wire.get("supportsBoletoManagement").asBoolean(),
                        wire.get("supportsAutomaticPix").asBoolean()));
        assertThat(read.createdAt())
                .as(id)
                .contains(Instant.parse(wire.get("createdAt").asText()));
        assertThat(read.updatedAt())
                .as(id)
                .contains(Instant.parse(wire.get("updatedAt").asText()));
        assertThat(read.credentials()).as(id).hasSize(wire.get("credentials").size());
        for (int i = 0; i < read.credentials().size(); i++) {
            credentialMatches(read.credentials().get(i), wire.get("credentials").get(i), id);
        }
    }

    private static void credentialMatches(Credential read, JsonNode wire, String id) {
        String what = id + " credential " + wire.get("name");
        assertThat(read.name()).as(what).isEqualTo(wire.get("name").asText());
        assertThat(read.label()).as(what).isEqualTo(wire.get("label").asText());
        assertThat(read.type().wireName()).as(what).isEqualTo(wire.get("type").asText());
        assertThat(read.placeholder()).as(what).isEqualTo(text(wire, "placeholder"));
        assertThat(read.validation()).as(what).isEqualTo(text(wire, "validation"));
        assertThat(read.validationMessage()).as(what).isEqualTo(text(wire, "validationMessage"));
        assertThat(read.optional()).as(what).isEqualTo(wire.get("optional").asBoolean());
        assertThat(read.mfa()).as(what).isEqualTo(wire.path("mfa").asBoolean(false));
        List<Credential.Option> options = new ArrayList<>();
        wire.path("options")
                .forEach(option -> options.add(new Credential.Option(
                        option.get("value").asText(), option.get("label").asText())));
        assertThat(read.options()).as(what).isEqualTo(options);
        assertThat(read.extras().assistiveText()).as(what).isEqualTo(text(wire, "assistiveText"));
        assertThat(read.extras().instructions()).as(what).isEqualTo(text(wire, "instructions"));
    }

    private static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}

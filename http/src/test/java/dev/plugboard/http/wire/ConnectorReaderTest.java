package dev.plugboard.http.wire;

import static dev.plugboard.http.wire.WireFixtures.PLUGGY_BANK_JSON;
import static dev.plugboard.http.wire.WireFixtures.pluggyBank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.credential.CredentialType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectorReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRODUCTS = "ACCOUNTS, CREDIT_CARDS, TRANSACTIONS, PAYMENT_DATA, INVESTMENTS,"
            + " INVESTMENTS_TRANSACTIONS, IDENTITY, BROKERAGE_NOTE, MOVE_SECURITY, LOANS";
    private static final String TYPES =
            "PERSONAL_BANK, BUSINESS_BANK, INVOICE, INVESTMENT, TELECOMMUNICATION, DIGITAL_ECONOMY, PAYMENT_ACCOUNT, OTHER";

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode pluggyBankTree() {
        return (ObjectNode) tree(PLUGGY_BANK_JSON);
    }

    private static List<String> problemsOf(JsonNode node) {
        return catchThrowableOfType(InvalidConnectorJsonException.class, () -> ConnectorReader.read(node))
                .problems();
    }

    @Test
    void reads_back_what_the_writer_wrote_for_pluggy_bank() {
        byte[] written = ConnectorWriter.toBytes(pluggyBank(), Optional.empty());

        assertThat(ConnectorReader.read(tree(new String(written, StandardCharsets.UTF_8))))
                .isEqualTo(pluggyBank());
    }

    @Test
    void reads_back_what_the_writer_wrote_when_every_optional_field_is_set() {
        assertThat(ConnectorReader.read(tree(WireFixtures.EVERY_FIELD_SET_JSON)))
                .isEqualTo(WireFixtures.everyFieldSet());
    }

    @Test
    void takes_absent_flags_as_false_and_absent_health_as_online_without_stage() {
        ObjectNode node = pluggyBankTree();
        node.remove(List.of(
                "hasMFA",
                "oauth",
                "health",
                "supportsPaymentInitiation",
                "supportsScheduledPayments",
                "supportsSmartTransfers",
                "supportsBoletoManagement",
                "supportsAutomaticPix",
                "isOpenFinance"));

        assertThat(ConnectorReader.read(node)).isEqualTo(pluggyBank());
    }

    @Test
    void reads_an_id_written_as_a_whole_float() {
        ObjectNode node = pluggyBankTree();
        node.put("id", 2.0);

        assertThat(ConnectorReader.read(node)).isEqualTo(pluggyBank());
    }

    @Test
    void reads_every_connector_of_an_array_in_order() {
        ObjectNode second = pluggyBankTree();
        second.put("id", 0);

        List<Connector> connectors = ConnectorReader.readAll(tree("[" + PLUGGY_BANK_JSON + "," + second + "]"));

        assertThat(connectors).extracting(Connector::id).containsExactly(2, 0);
        assertThat(connectors.get(0)).isEqualTo(pluggyBank());
    }

    @Test
    void reads_an_empty_array_as_an_empty_catalog() {
        assertThat(ConnectorReader.readAll(tree("[]"))).isEqualTo(List.of());
    }

    @Test
    void accepts_the_sdk_only_credential_type_ethaddress() {
        ObjectNode node = pluggyBankTree();
        ((ObjectNode) node.get("credentials").get(0)).put("type", "ethaddress");

        Connector connector = ConnectorReader.read(node);

        assertThat(connector.credentials().get(0).type()).isEqualTo(CredentialType.ETHADDRESS);
    }

    @Test
    void reports_every_problem_of_a_connector_at_once_with_its_path() {
        String document = """
                {
                  "name": 5,
                  "primaryColor": "#EC7000",
                  "institutionUrl": "https://www.itau.com.br",
                  "country": "BR",
                  "type": "BANK",
                  "credentials": [
                    {"label": "Agência", "name": "agency", "type": "checkbox", "optional": "no"},
                    "password"
                  ],
                  "imageUrl": "https://cdn.pluggy.ai/assets/connector-icons/201.svg",
                  "hasMFA": "false",
                  "health": {"status": "ONLINE", "stage": "ALPHA"},
                  "products": ["ACCOUNTS", "ACCOUNT_STATEMENTS"],
                  "createdAt": "07/09/2020",
                  "updatedAt": "2025-08-03T20:07:20.291Z",
                  "termsUrl": "https://www.itau.com.br/termos"
                }
                """;

        InvalidConnectorJsonException e =
                catchThrowableOfType(InvalidConnectorJsonException.class, () -> ConnectorReader.read(tree(document)));

        assertThat(e.problems())
                .containsExactly(
                        "termsUrl: is not a field of this object",
                        "id: is required",
                        "name: must be a string",
                        "type: 'BANK' is not one of " + TYPES,
                        "primaryColor: must be six hex digits without '#'",
                        "credentials[0].type: 'checkbox' is not one of"
                                + " text, password, number, image, select, ethaddress, hcaptcha",
                        "credentials[0].optional: must be true or false",
                        "credentials[1]: must be an object",
                        "hasMFA: must be true or false",
                        "health.stage: 'ALPHA' is not one of BETA, null",
                        "products[1]: 'ACCOUNT_STATEMENTS' is not one of " + PRODUCTS,
                        "createdAt: must be an ISO-8601 time such as 2020-09-07T00:08:06.588Z");
        assertThat(e.getMessage()).isEqualTo(String.join("; ", e.problems()));
    }

    @Test
    void reports_an_id_that_is_not_a_whole_non_negative_int() {
        ObjectNode asText = pluggyBankTree();
        asText.put("id", "2");
        ObjectNode negative = pluggyBankTree();
        negative.put("id", -1);
        ObjectNode fraction = pluggyBankTree();
        fraction.put("id", 2.5);
        ObjectNode tooBig = pluggyBankTree();
        tooBig.put("id", 2147483648L);

        String problem = "id: must be a whole number from 0 to 2147483647";
        assertThat(problemsOf(asText)).containsExactly(problem);
        assertThat(problemsOf(negative)).containsExactly(problem);
        assertThat(problemsOf(fraction)).containsExactly(problem);
        assertThat(problemsOf(tooBig)).containsExactly(problem);
    }

    @Test
    void reports_a_missing_updated_at_and_an_unknown_health_status() {
        ObjectNode node = pluggyBankTree();
        node.remove("updatedAt");
        ((ObjectNode) node.get("health")).put("status", "DOWN");

        assertThat(problemsOf(node))
                .containsExactly(
                        "health.status: 'DOWN' is not one of ONLINE, UNSTABLE, OFFLINE", "updatedAt: is required");
    }

    @Test
    void reports_wrongly_typed_arrays_and_objects() {
        ObjectNode node = pluggyBankTree();
        node.put("credentials", "user,password");
        node.put("health", "ONLINE");
        node.set("products", JSON.createObjectNode());

        assertThat(problemsOf(node))
                .containsExactly(
                        "credentials: must be an array", "health: must be an object", "products: must be an array");
    }

    @Test
    void reports_an_unknown_field_inside_a_credential_and_inside_health() {
        ObjectNode node = pluggyBankTree();
        ((ObjectNode) node.get("credentials").get(1)).put("secret", true);
        ((ObjectNode) node.get("health")).put("details", "none");

        assertThat(problemsOf(node))
                .containsExactly(
                        "credentials[1].secret: is not a field of this object",
                        "health.details: is not a field of this object");
    }

    @Test
    void reports_two_credentials_with_the_same_name() {
        ObjectNode node = pluggyBankTree();
        ((ArrayNode) node.get("credentials")).add(tree("{\"label\":\"Usuário\",\"name\":\"user\",\"type\":\"text\"}"));

        assertThat(problemsOf(node)).containsExactly("credentials[2].name: 'user' appears already at credentials[0]");
    }

    @Test
    void reports_a_lower_case_country_naming_the_field() {
        ObjectNode node = pluggyBankTree();
        node.put("country", "br");

        assertThat(problemsOf(node))
                .containsExactly("country: must be two capital letters (ISO 3166-1 alpha-2), such as BR: 'br'");
    }

    @Test
    void prefixes_each_problem_of_a_catalog_with_the_index_of_its_connector() {
        ObjectNode unknownField = pluggyBankTree();
        unknownField.put("termsUrl", "https://pluggy.ai/terms");
        ObjectNode duplicate = pluggyBankTree();
        ((ArrayNode) duplicate.get("credentials"))
                .add(pluggyBankTree().get("credentials").get(0));
        String catalog = "[" + PLUGGY_BANK_JSON + "," + unknownField + ",42," + duplicate + "]";

        InvalidConnectorJsonException e =
                catchThrowableOfType(InvalidConnectorJsonException.class, () -> ConnectorReader.readAll(tree(catalog)));

        assertThat(e.problems())
                .containsExactly(
                        "[1].termsUrl: is not a field of this object",
                        "[2]: must be an object",
                        "[3].credentials[2].name: 'user' appears already at credentials[0]");
    }

    @Test
    void refuses_a_catalog_that_is_not_an_array() {
        InvalidConnectorJsonException e = catchThrowableOfType(
                InvalidConnectorJsonException.class, () -> ConnectorReader.readAll(tree(PLUGGY_BANK_JSON)));

        assertThat(e.problems()).containsExactly("a catalog must be a JSON array of connectors");
        assertThat(e.getMessage()).isEqualTo("a catalog must be a JSON array of connectors");
    }

    @Test
    void refuses_a_single_connector_that_is_not_an_object() {
        assertThat(problemsOf(tree("[2]"))).containsExactly("connector: must be an object");
    }

    @Test
    void reports_a_missing_primary_color_once() {
        ObjectNode node = pluggyBankTree();
        node.remove("primaryColor");

        assertThat(problemsOf(node)).containsExactly("primaryColor: is required");
    }
}

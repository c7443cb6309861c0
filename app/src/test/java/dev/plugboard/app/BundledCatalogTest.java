package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.catalog.CatalogLint;
import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.domain.credential.CredentialFormat;
import dev.plugboard.http.wire.ConnectorWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledCatalogTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<Connector> CATALOG = BundledCatalog.load();
    static final Map<Integer, Connector> BY_ID = CATALOG.stream().collect(Collectors.toMap(Connector::id, c -> c));

    private static String wire(int id) {
        return new String(ConnectorWriter.toBytes(BY_ID.get(id), Optional.empty()), StandardCharsets.UTF_8);
    }

    @Test
    void every_connector_validates_against_pluggys_connector_schema() {
        for (Connector connector : CATALOG) {
            assertThat(PluggySchemas.errors("Connector", wire(connector.id())))
                    .as("connector %d", connector.id())
                    .isEmpty();
        }
    }

    @Test
    void the_catalog_builds_a_snapshot_so_every_regex_runs_in_re2j() {
        assertThat(CatalogSnapshot.of(1, CATALOG).size()).isEqualTo(CATALOG.size());
    }

    @Test
    void it_holds_the_sandbox_connectors_and_at_least_forty_real_institutions() {
        List<Integer> sandbox =
                CATALOG.stream().filter(Connector::sandbox).map(Connector::id).toList();
        long real = CATALOG.stream().filter(c -> !c.sandbox()).count();

        assertThat(sandbox).containsExactly(0, 2, 4, 5, 8, 16, 19, 600);
        assertThat(real).isGreaterThanOrEqualTo(40);
        assertThat(BY_ID).containsKeys(200, 201, 601, 611, 612, 823);
    }

    @Test
    void pluggy_bank_is_exactly_the_captured_real_definition() {
        String expected =
                "{\"id\":2,\"name\":\"Pluggy Bank\",\"primaryColor\":\"ef294b\",\"institutionUrl\":\"https://pluggy.ai\","
                        + "\"country\":\"BR\",\"type\":\"PERSONAL_BANK\",\"credentials\":["
                        + "{\"label\":\"User\",\"name\":\"user\",\"type\":\"text\",\"placeholder\":\"\",\"validation\":\"^user-.{2,50}$\","
                        + "\"validationMessage\":\"O user deve começar com \\\"user-\\\"\",\"optional\":false},"
                        + "{\"label\":\"Password\",\"name\":\"password\",\"type\":\"password\",\"placeholder\":\"\",\"validation\":\"^.{6,20}$\","
                        + "\"validationMessage\":\"A senha deve ter entre 6 e 20 caracteres\",\"optional\":false}],"
                        + "\"imageUrl\":\"https://cdn.pluggy.ai/assets/connector-icons/sandbox.svg\",\"hasMFA\":false,\"oauth\":false,"
                        + "\"health\":{\"status\":\"ONLINE\",\"stage\":null},\"products\":[\"ACCOUNTS\",\"CREDIT_CARDS\",\"TRANSACTIONS\","
                        + "\"PAYMENT_DATA\",\"INVESTMENTS\",\"INVESTMENTS_TRANSACTIONS\",\"IDENTITY\",\"LOANS\"],"
                        + "\"createdAt\":\"2020-09-07T00:08:06.588Z\",\"isSandbox\":true,\"isOpenFinance\":false,"
                        + "\"updatedAt\":\"2025-08-03T20:07:20.291Z\",\"supportsPaymentInitiation\":false,\"supportsScheduledPayments\":false,"
                        + "\"supportsSmartTransfers\":false,\"supportsBoletoManagement\":false,\"supportsAutomaticPix\":false}";

        assertThat(wire(2)).isEqualTo(expected);
        assertThat(wire(0)).isEqualTo(expected.replace("{\"id\":2,", "{\"id\":0,"));
    }

    @Test
    void open_finance_itau_is_pluggys_own_example_with_a_cpf_field_whose_message_agrees_with_its_pattern()
            throws Exception {
        JsonNode example =
                JSON.readTree(PluggySchemas.read(PluggySchemas.document())).at("/components/schemas/Connector/example");
        ObjectNode ours = (ObjectNode) JSON.readTree(wire(601));
        JsonNode cpf = ours.remove("credentials").get(0);

        assertThat(ours).isEqualTo(((ObjectNode) example.deepCopy()).without("credentials"));
        assertThat(cpf.toString())
                .isEqualTo("{\"label\":\"CPF\",\"name\":\"cpf\",\"type\":\"number\",\"placeholder\":\"\","
                        + "\"validation\":\"^\\\\d{3}\\\\.?\\\\d{3}\\\\.?\\\\d{3}-?\\\\d{2}$\","
                        + "\"validationMessage\":\"Informe um CPF com 11 dígitos, com ou sem pontos e traço.\","
                        + "\"optional\":false,\"format\":\"CPF\",\"validationMessages\":{\"en\":"
                        + "\"Enter a CPF with 11 digits, with or without dots and a dash.\"}}");
    }

    @Test
    void the_catalog_lints_clean() {
        assertThat(CatalogLint.lint(CATALOG)).isEmpty();
    }

    @Test
    void personal_open_finance_connectors_ask_for_a_cpf_and_business_ones_for_a_cnpj() {
        for (Connector connector : CATALOG) {
            if (connector.openFinance()) {
                CredentialFormat expected =
                        connector.type() == ConnectorType.BUSINESS_BANK ? CredentialFormat.CNPJ : CredentialFormat.CPF;
                assertThat(connector.credentials())
                        .as("connector %d", connector.id())
                        .singleElement()
                        .satisfies(c -> assertThat(c.constraints().format()).contains(expected));
            }
        }
    }

    @Test
    void names_fold_so_that_itau_finds_every_itau() {
        assertThat(CATALOG.stream().filter(c -> c.name().startsWith("Itaú")).map(Connector::id))
                .containsExactly(201, 601, 618);
    }
}

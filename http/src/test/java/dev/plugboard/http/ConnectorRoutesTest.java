package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ConnectorWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorRoutesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<Integer> ids(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Integer> ids = new ArrayList<>();
        JSON.readTree(response.body())
                .get("results")
                .forEach(c -> ids.add(c.get("id").asInt()));
        return ids;
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("message").asText();
    }

    @Test
    void retrieve_answers_the_connector_exactly_as_written_for_the_wire() {
        HttpResponse<String> response = server.get("/connectors/201");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.body())
                .isEqualTo(new String(
                        ConnectorWriter.toBytes(HttpFixtures.itauDirect(), Optional.empty()), StandardCharsets.UTF_8));
    }

    @Test
    void retrieve_takes_a_float_id_as_the_whole_number() {
        assertThat(server.get("/connectors/201.0").body())
                .isEqualTo(server.get("/connectors/201").body());
        assertThat(server.get("/connectors/2.00").body())
                .isEqualTo(server.get("/connectors/2").body());
    }

    @Test
    void retrieve_serves_sandbox_connectors_without_asking_for_them() throws Exception {
        JsonNode connector = JSON.readTree(server.get("/connectors/0").body());

        assertThat(connector.get("id").asInt()).isZero();
        assertThat(connector.get("isSandbox").asBoolean()).isTrue();
    }

    @Test
    void retrieve_adds_health_details_only_when_asked() {
        assertThat(server.get("/connectors/2").body()).contains("\"health\":{\"status\":\"ONLINE\",\"stage\":null},");
        assertThat(server.get("/connectors/2?healthDetails=true").body())
                .contains("\"health\":{\"status\":\"ONLINE\",\"stage\":null,"
                        + "\"details\":{\"connectionRateLast6Hours\":null,\"connectionsLast6Hours\":0,\"window\":");
        assertThat(server.get("/connectors/2?healthDetails=false").body()).doesNotContain("details");
    }

    @Test
    void retrieve_of_an_unknown_id_is_pluggys_404() {
        HttpResponse<String> response = server.get("/connectors/99999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo(
                        "{\"code\":404,\"codeDescription\":\"CONNECTOR_NOT_FOUND\",\"message\":\"connector not found\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "-1", "1e2", "2147483648", "99999999999999999999", "0x10"})
    void retrieve_of_an_id_that_is_not_a_whole_number_is_a_400(String id) throws Exception {
        HttpResponse<String> response = server.get("/connectors/" + id);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(ApiError.INVALID_CONNECTOR_ID.message(id));
    }

    @Test
    void list_answers_every_live_connector_in_one_page_in_ascending_id_order() throws Exception {
        HttpResponse<String> response = server.get("/connectors");

        assertThat(ids(response)).containsExactly(201, 211, 601, 609);
        assertThat(response.body()).startsWith("{\"page\":1,\"total\":4,\"totalPages\":1,\"results\":[{\"id\":201,");
    }

    @Test
    void list_adds_sandbox_connectors_when_asked() throws Exception {
        assertThat(ids(server.get("/connectors?sandbox=true"))).containsExactly(0, 2, 201, 211, 601, 609);
        assertThat(ids(server.get("/connectors?sandbox=false"))).containsExactly(201, 211, 601, 609);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name=itau | 201,601",
                "name=ITA%C3%9A | 201,601",
                "name=Itau | 201,601",
                "name=banco%20do | 211",
                "name=banco+do | 211",
                "types=BUSINESS_BANK | 609",
                "types=PERSONAL_BANK,BUSINESS_BANK | 201,211,601,609",
                "types[0]=BUSINESS_BANK | 609",
                "types=BUSINESS_BANK&types=INVESTMENT | 609",
                "types=%5B%22BUSINESS_BANK%22%5D | 609",
                "countries=BR,AR | 201,211,601,609",
                "countries=%5B%22AR%22%5D | ''",
                "isOpenFinance=false | 201,211",
                "isOpenFinance=true | 601,609",
                "supportsPaymentInitiation=true | 211,601,609",
                "supportsSmartTransfers=true | 601",
                "supportsAutomaticPix=true | 601,609",
                "supportsAutomaticPix=false | 201,211",
                "name=itau&isOpenFinance=true | 601",
                "sandbox=true&name=pluggy | 0,2",
                "includeHealth=true | 201,211,601,609"
            })
    void list_filters_as_pluggy_does(String query, String expected) throws Exception {
        List<Integer> expectedIds = expected.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(expected.split(","))
                        .map(Integer::valueOf)
                        .toList();

        assertThat(ids(server.get("/connectors?" + query))).containsExactlyElementsOf(expectedIds);
    }

    @Test
    void list_pages_when_asked() throws Exception {
        HttpResponse<String> second = server.get("/connectors?page=2&pageSize=3");

        assertThat(ids(second)).containsExactly(609);
        assertThat(second.body()).startsWith("{\"page\":2,\"total\":4,\"totalPages\":2,\"results\":[");
    }

    @Test
    void list_with_health_details_adds_them_to_every_connector() throws Exception {
        JsonNode results = JSON.readTree(
                        server.get("/connectors?healthDetails=true").body())
                .get("results");

        assertThat(results).hasSize(4);
        results.forEach(c -> assertThat(c.get("health").get("details").toString())
                .matches("\\{\"connectionRateLast6Hours\":null,\"connectionsLast6Hours\":0,"
                        + "\"window\":\\{\"start\":\"[^\"]+\",\"end\":\"[^\"]+\"},\"sampleSize\":0,\"failures\":0,"
                        + "\"outcomes\":\\{\"success\":0,\"institutionError\":0,\"platformError\":0,\"userError\":0},"
                        + "\"products\":\\{},\"thresholds\":\\{\"onlineAt\":90.0,\"offlineBelow\":50.0,\"margin\":5.0,"
                        + "\"minimumSample\":20}}"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sandbox=maybe | sandbox | maybe | expected true or false.",
                "countries=BRA | countries | BRA | a country is two letters, such as BR.",
                "page=0 | page | 0 | expected a whole number from 1 to 1000000.",
                "pageSize=10000 | pageSize | 10000 | expected a whole number from 1 to 500."
            })
    void list_refuses_a_bad_value_naming_the_parameter_and_the_value(
            String query, String parameter, String value, String reason) throws Exception {
        HttpResponse<String> response = server.get("/connectors?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("codeDescription").asText())
                .isEqualTo("INVALID_QUERY_PARAMETER");
        assertThat(message(response)).isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message(parameter, value, reason));
    }

    @Test
    void list_refuses_an_unknown_type_listing_the_known_ones() throws Exception {
        HttpResponse<String> response = server.get("/connectors?types=BANK");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response))
                .isEqualTo(ApiError.INVALID_QUERY_PARAMETER.message(
                        "types",
                        "BANK",
                        "a type is one of PERSONAL_BANK, BUSINESS_BANK, INVOICE, INVESTMENT, TELECOMMUNICATION,"
                                + " DIGITAL_ECONOMY, PAYMENT_ACCOUNT, OTHER."));
    }
}

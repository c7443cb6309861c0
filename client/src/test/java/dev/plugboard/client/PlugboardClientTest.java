package dev.plugboard.client;

import static dev.plugboard.client.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation against a scripted server: the request it sends and how it reads the answer. */
class PlugboardClientTest {
    static final String KEY = "key-1";

    final ScriptedServer server = ScriptedServer.start();
    final PlugboardClient client =
            PlugboardClient.builder().baseUri(server.uri()).apiKey(KEY).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void connector_retrieve_sends_the_key_and_reads_every_field() {
        server.then(json(200, Answers.PLUGGY_BANK));

        Connector connector = client.connectorRetrieve(2);

        assertThat(connector).isEqualTo(Answers.pluggyBank());
        ScriptedServer.Request request = server.requests().get(0);
        assertThat(request.method() + " " + request.target()).isEqualTo("GET /connectors/2");
        assertThat(request.header("X-API-KEY")).contains(KEY);
        assertThat(request.header("Accept")).contains("application/json");
    }

    @Test
    void connector_retrieve_with_health_details_asks_for_them_and_reads_them() {
        String withDetails = Answers.PLUGGY_BANK.replace(
                "\"health\":{\"status\":\"ONLINE\",\"stage\":null}",
                "\"health\":{\"status\":\"UNSTABLE\",\"stage\":\"BETA\",\"details\":"
                        + "{\"connectionRateLast6Hours\":87.5,\"connectionsLast6Hours\":8}}");
        server.then(json(200, withDetails), json(200, withDetails.replace("87.5", "null")));

        Health health = client.connectorRetrieve(2, true).health();
        Health withoutRate = client.connectorRetrieve(2, true).health();

        assertThat(server.targets())
                .containsExactly("GET /connectors/2?healthDetails=true", "GET /connectors/2?healthDetails=true");
        assertThat(health)
                .isEqualTo(new Health(
                        HealthStatus.UNSTABLE,
                        Optional.of("BETA"),
                        Optional.of(new Health.Details(OptionalDouble.of(87.5), 8))));
        assertThat(withoutRate.details()).contains(new Health.Details(OptionalDouble.empty(), 8));
    }

    @Test
    void connectors_list_sends_every_filter_as_the_official_sdks_do() {
        server.then(json(200, Answers.page(2, 3, 2, Answers.PLUGGY_BANK)));

        ConnectorPage page = client.connectorsList(ConnectorQuery.all()
                .countries("BR", "AR")
                .types(ConnectorType.PERSONAL_BANK, ConnectorType.BUSINESS_BANK)
                .name("banco do")
                .sandbox(true)
                .healthDetails(true)
                .openFinance(true)
                .paymentInitiation(false)
                .smartTransfers(true)
                .automaticPix(false)
                .page(2)
                .pageSize(2));

        assertThat(server.targets())
                .containsExactly("GET /connectors?countries=BR,AR&types=PERSONAL_BANK,BUSINESS_BANK&name=banco%20do"
                        + "&sandbox=true&healthDetails=true&isOpenFinance=true&supportsPaymentInitiation=false"
                        + "&supportsSmartTransfers=true&supportsAutomaticPix=false&page=2&pageSize=2");
        assertThat(page).isEqualTo(new ConnectorPage(2, 3, 2, List.of(Answers.pluggyBank())));
    }

    @Test
    void connectors_list_without_filters_sends_no_query() {
        server.then(json(200, Answers.page(1, 0, 0)));

        ConnectorPage page = client.connectorsList(ConnectorQuery.all());

        assertThat(server.targets()).containsExactly("GET /connectors");
        assertThat(page).isEqualTo(new ConnectorPage(1, 0, 0, List.of()));
    }

    @Test
    void connectors_iterator_fetches_page_after_page_as_it_is_consumed() {
        server.then(
                json(200, Answers.page(1, 5, 3, Answers.minimalConnector(1), Answers.minimalConnector(2))),
                json(200, Answers.page(2, 5, 3, Answers.minimalConnector(3), Answers.minimalConnector(4))),
                json(200, Answers.page(3, 5, 3, Answers.minimalConnector(5))));

        List<Integer> ids = client.connectorsStream(
                        ConnectorQuery.all().sandbox(true).pageSize(2))
                .map(Connector::id)
                .toList();

        assertThat(ids).containsExactly(1, 2, 3, 4, 5);
        assertThat(server.targets())
                .containsExactly(
                        "GET /connectors?sandbox=true&page=1&pageSize=2",
                        "GET /connectors?sandbox=true&page=2&pageSize=2",
                        "GET /connectors?sandbox=true&page=3&pageSize=2");
    }

    @Test
    void connectors_iterator_stops_after_one_page_when_the_server_answers_everything_at_once() {
        server.then(json(200, Answers.page(1, 2, 1, Answers.minimalConnector(7), Answers.minimalConnector(9))));

        List<Integer> ids =
                client.connectorsStream(ConnectorQuery.all()).map(Connector::id).toList();

        assertThat(ids).containsExactly(7, 9);
        assertThat(server.targets()).containsExactly("GET /connectors?page=1&pageSize=100");
    }

    @Test
    void connectors_validate_posts_the_parameters_and_reads_every_error() {
        server.then(json(
                200,
                "{\"parameters\":{\"user\":\"bob\",\"password\":\"********\"},\"errors\":["
                        + "{\"code\":\"002\",\"message\":\"O user deve começar com \\\"user-\\\"\",\"parameter\":\"user\"},"
                        + "{\"code\":\"001\",\"message\":\"token parameter is required\",\"parameter\":\"token\"}]}"));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("user", "bob");
        parameters.put("password", "123");

        ValidationResult result = client.connectorsValidate(2, parameters);

        ScriptedServer.Request request = server.requests().get(0);
        assertThat(request.method() + " " + request.target()).isEqualTo("POST /connectors/2/validate");
        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(request.body()).isEqualTo("{\"user\":\"bob\",\"password\":\"123\"}");
        assertThat(result.valid()).isFalse();
        assertThat(result.parameters()).containsExactly(Map.entry("user", "bob"), Map.entry("password", "********"));
        assertThat(result.errors())
                .containsExactly(
                        new ValidationResult.ParameterError("002", "O user deve começar com \"user-\"", "user"),
                        new ValidationResult.ParameterError("001", "token parameter is required", "token"));
    }

    @Test
    void connectors_validate_reads_valid_parameters_as_no_errors() {
        server.then(json(200, "{\"parameters\":{\"user\":\"user-ok\"},\"errors\":[]}"));

        ValidationResult result = client.connectorsValidate(0, Map.of("user", "user-ok"));

        assertThat(result.valid()).isTrue();
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void create_connect_token_posts_the_options_and_reads_the_token_and_its_expiry() {
        Instant expiry = Instant.parse("2026-01-15T12:30:00Z");
        String token = Answers.jwt("connect", expiry);
        server.then(json(200, "{\"accessToken\":\"" + token + "\"}"), json(200, "{\"accessToken\":\"opaque\"}"));

        ConnectToken connectToken = client.createConnectToken(
                ConnectTokenOptions.none().clientUserId("user-42").webhookUrl("https://example.com/hook"));
        ConnectToken plain = client.createConnectToken();

        assertThat(connectToken).isEqualTo(new ConnectToken(token, Optional.of(expiry)));
        assertThat(plain).isEqualTo(new ConnectToken("opaque", Optional.empty()));
        assertThat(server.requests().get(0).body())
                .isEqualTo("{\"options\":{\"clientUserId\":\"user-42\",\"webhookUrl\":\"https://example.com/hook\"}}");
        assertThat(server.requests().get(1).body()).isEqualTo("{}");
        assertThat(connectToken.toString()).isEqualTo("ConnectToken[***, expiresAt=2026-01-15T12:30:00Z]");
    }

    @Test
    void a_base_uri_with_a_path_prefix_keeps_it() {
        server.then(json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient prefixed = PlugboardClient.builder()
                .baseUri(server.uri() + "/pluggy/")
                .apiKey(KEY)
                .build()) {
            prefixed.connectorRetrieve(2);
        }

        assertThat(server.targets()).containsExactly("GET /pluggy/connectors/2");
    }

    @Test
    void models_ignore_unknown_fields_and_read_unknown_enum_values_as_unknown() {
        String future = Answers.PLUGGY_BANK
                .replace("\"type\":\"PERSONAL_BANK\"", "\"type\":\"SPACE_BANK\",\"futureField\":{\"nested\":[1,2]}")
                .replace("\"type\":\"text\"", "\"type\":\"biometric\",\"mfa\":true")
                .replace("\"status\":\"ONLINE\"", "\"status\":\"DEGRADED\"")
                .replace("\"LOANS\"]", "\"LOANS\",\"ACCOUNT_STATEMENTS\",\"TELEPORTATION\"]");
        server.then(json(200, future));

        Connector connector = client.connectorRetrieve(2);

        assertThat(connector.type()).isEqualTo(ConnectorType.UNKNOWN);
        assertThat(connector.credentials().get(0).type()).isEqualTo(CredentialType.UNKNOWN);
        assertThat(connector.credentials().get(0).mfa()).isTrue();
        assertThat(connector.health().status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(connector.products().subList(7, 10))
                .containsExactly(Product.LOANS, Product.ACCOUNT_STATEMENTS, Product.UNKNOWN);
    }

    @Test
    void a_minimal_connector_reads_with_defaults_for_what_is_absent() {
        server.then(json(200, "{\"id\":42}"));

        Connector connector = client.connectorRetrieve(42);

        assertThat(connector)
                .isEqualTo(new Connector(
                        42,
                        "",
                        new Connector.Branding("", "", ""),
                        "",
                        ConnectorType.UNKNOWN,
                        List.of(),
                        new Connector.Access(false, false, Optional.empty(), Optional.empty()),
                        new Health(HealthStatus.UNKNOWN, Optional.empty(), Optional.empty()),
                        List.of(),
                        false,
                        false,
                        new Connector.Capabilities(false, false, false, false, false),
                        Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void a_select_credential_reads_its_options_and_extras() {
        server.then(
                json(
                        200,
                        "{\"id\":12,\"credentials\":[{\"name\":\"coop\",\"label\":\"Cooperativa\",\"type\":\"select\","
                                + "\"optional\":true,\"assistiveText\":\"Escolha\",\"data\":\"aW1n\",\"instructions\":\"Abra o app\","
                                + "\"expiresAt\":\"2026-01-15T12:05:00.000Z\",\"options\":[{\"value\":\"0101\",\"label\":\"Centro\"}]}]}"));

        Credential credential = client.connectorRetrieve(12).credentials().get(0);

        assertThat(credential)
                .isEqualTo(new Credential(
                        "coop",
                        "Cooperativa",
                        CredentialType.SELECT,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        true,
                        false,
                        List.of(new Credential.Option("0101", "Centro")),
                        new Credential.Extras(
                                Optional.of("Escolha"),
                                Optional.of("aW1n"),
                                Optional.of("Abra o app"),
                                Optional.of(Instant.parse("2026-01-15T12:05:00Z")))));
    }
}

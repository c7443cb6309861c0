package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.app.PlugboardCli;
import dev.plugboard.client.ApiKey;
import dev.plugboard.client.AuthenticationException;
import dev.plugboard.client.ConnectToken;
import dev.plugboard.client.ConnectTokenOptions;
import dev.plugboard.client.Connector;
import dev.plugboard.client.ConnectorPage;
import dev.plugboard.client.ConnectorQuery;
import dev.plugboard.client.ConnectorType;
import dev.plugboard.client.Credential;
import dev.plugboard.client.Health;
import dev.plugboard.client.HealthStatus;
import dev.plugboard.client.InvalidRequestException;
import dev.plugboard.client.NotFoundException;
import dev.plugboard.client.PlugboardClient;
import dev.plugboard.client.PlugboardClientBuilder;
import dev.plugboard.client.TransportException;
import dev.plugboard.client.ValidationResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client library ({@code plugboard-client}) against the real application: every
 * operation, every error path the real server can be made to take, and every connector of the
 * bundled catalog read exactly as the server wrote it.
 */
class ClientLibraryIT {
    @TempDir
    static Path dataDir;

    static RunningPlugboard server;
    static PlugboardClient client;

    @BeforeAll
    static void start() {
        server = new RunningPlugboard(dataDir);
        client = builder().build();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static PlugboardClientBuilder builder() {
        return PlugboardClient.builder()
                .baseUri(server.baseUrl())
                .clientId(server.clientId())
                .clientSecret(server.clientSecret())
                .retryBackoff(Duration.ofMillis(5), Duration.ofMillis(20));
    }

    private static List<Integer> ids(List<Connector> connectors) {
        return connectors.stream().map(Connector::id).toList();
    }

    @Test
    void connector_retrieve_reads_the_sandbox_connector_exactly() {
        Connector bank = client.connectorRetrieve(2);

        assertThat(bank.name()).isEqualTo("Pluggy Bank");
        assertThat(bank.branding())
                .isEqualTo(new Connector.Branding(
                        "ef294b", "https://pluggy.ai", "https://cdn.pluggy.ai/assets/connector-icons/sandbox.svg"));
        assertThat(bank.type()).isEqualTo(ConnectorType.PERSONAL_BANK);
        assertThat(bank.credentials().stream().map(Credential::name)).containsExactly("user", "password");
        assertThat(bank.credentials().get(0).validation()).contains("^user-.{2,50}$");
        assertThat(bank.health()).isEqualTo(new Health(HealthStatus.ONLINE, Optional.empty(), Optional.empty()));
        assertThat(bank.sandbox()).isTrue();
        assertThat(bank.createdAt()).contains(Instant.parse("2020-09-07T00:08:06.588Z"));
        assertThat(bank.updatedAt()).contains(Instant.parse("2025-08-03T20:07:20.291Z"));
    }

    @Test
    void connector_retrieve_with_health_details_reads_them() {
        Connector itau = client.connectorRetrieve(201, true);

        assertThat(itau.name()).isEqualTo("Itaú");
        assertThat(itau.health().details()).contains(new Health.Details(OptionalDouble.empty(), 0));
    }

    @Test
    void every_connector_of_the_catalog_reads_as_the_server_wrote_it() {
        String apiKey = server.apiKey();
        JsonNode raw = read(server.get("/connectors?sandbox=true", apiKey).body());

        ConnectorPage page = client.connectorsList(ConnectorQuery.all().sandbox(true));

        assertThat(page.total()).isEqualTo(raw.get("total").asInt());
        assertThat(page.results()).hasSize(raw.get("results").size());
        for (int i = 0; i < page.results().size(); i++) {
            WireConnectorCheck.matches(page.results().get(i), raw.get("results").get(i));
        }
    }

    @Test
    void connectors_list_applies_names_types_flags_and_pages() {
        ConnectorQuery investments = ConnectorQuery.all().countries("BR").types(ConnectorType.INVESTMENT);
        assertThat(ids(client.connectorsList(ConnectorQuery.all().name("itau")).results()))
                .containsExactly(201, 601, 618);
        assertThat(ids(client.connectorsList(ConnectorQuery.all()
                                .types(ConnectorType.BUSINESS_BANK)
                                .openFinance(true)
                                .automaticPix(true))
                        .results()))
                .containsExactly(618, 664);
        ConnectorPage first = client.connectorsList(investments.page(1).pageSize(3));
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.total()).isEqualTo(9);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(ids(first.results())).containsExactly(213, 220, 610);
    }

    @Test
    void connectors_iterator_walks_every_page_in_order() {
        List<Integer> all =
                ids(client.connectorsList(ConnectorQuery.all().sandbox(true)).results());
        List<Integer> walked = new ArrayList<>();

        client.connectorsIterator(ConnectorQuery.all().sandbox(true).pageSize(7))
                .forEachRemaining(connector -> walked.add(connector.id()));

        assertThat(walked).isEqualTo(all);
    }

    @Test
    void connectors_validate_answers_valid_and_invalid_parameters() {
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("user", "bob");
        invalid.put("password", "123");

        ValidationResult ok = client.connectorsValidate(2, Map.of("user", "user-ok", "password", "password-ok"));
        ValidationResult bad = client.connectorsValidate(2, invalid);
        ValidationResult missing = client.connectorsValidate(201, Map.of("agency", "0001"));

        assertThat(ok.valid()).isTrue();
        assertThat(ok.parameters()).isEqualTo(Map.of("user", "user-ok", "password", "********"));
        assertThat(bad.errors())
                .containsExactly(
                        new ValidationResult.ParameterError("002", "O user deve começar com \"user-\"", "user"),
                        new ValidationResult.ParameterError(
                                "002", "A senha deve ter entre 6 e 20 caracteres", "password"));
        // The wording of a 001 is the server's to choose: read it from the server's own answer.
        JsonNode wire =
                read(server.post("/connectors/201/validate", "{\"agency\":\"0001\"}", Optional.of(server.apiKey()))
                        .body());
        assertThat(missing.errors())
                .containsExactly(
                        new ValidationResult.ParameterError(
                                "001", wire.at("/errors/0/message").asText(), "account"),
                        new ValidationResult.ParameterError(
                                "001", wire.at("/errors/1/message").asText(), "password"));
        assertThat(wire.at("/errors/1/message").asText()).contains("password");
    }

    @Test
    void authenticate_returns_a_two_hour_key_that_works_on_its_own() {
        Instant before = Instant.now();

        ApiKey key = client.authenticate();

        assertThat(key.expiresAt()).isPresent();
        assertThat(Duration.between(before, key.expiresAt().get()))
                .isBetween(
                        Duration.ofHours(2).minusSeconds(5), Duration.ofHours(2).plusSeconds(5));
        try (PlugboardClient keyOnly = PlugboardClient.builder()
                .baseUri(server.baseUrl())
                .apiKey(key.value())
                .build()) {
            assertThat(keyOnly.connectorRetrieve(0).name()).isEqualTo("Pluggy Bank");
        }
    }

    @Test
    void a_connect_token_reads_and_validates_connectors_but_cannot_mint_connect_tokens() {
        ConnectToken token = client.createConnectToken();

        assertThat(token.expiresAt()).isPresent();
        try (PlugboardClient front = PlugboardClient.builder()
                .baseUri(server.baseUrl())
                .apiKey(token.accessToken())
                .build()) {
            assertThat(front.connectorRetrieve(0).id()).isZero();
            assertThat(front.connectorsValidate(0, Map.of("user", "user-ok", "password", "password-ok"))
                            .valid())
                    .isTrue();
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, front::createConnectToken);
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.serverMessage()).contains("Missing or invalid authorization token");
        }
    }

    @Test
    void a_connect_token_for_an_unknown_item_is_not_found() {
        NotFoundException e = catchThrowableOfType(
                NotFoundException.class,
                () -> client.createConnectToken(
                        ConnectTokenOptions.none().itemId(UUID.randomUUID().toString())));

        assertThat(e.codeDescription()).contains("ITEM_NOT_FOUND");
        assertThat(e.serverMessage()).contains("item not found");
    }

    @Test
    void an_unknown_connector_is_not_found_with_pluggys_body_and_a_request_id() {
        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.connectorRetrieve(99999));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.code()).isEqualTo(OptionalInt.of(404));
        assertThat(e.codeDescription()).contains("CONNECTOR_NOT_FOUND");
        assertThat(e.serverMessage()).contains("connector not found");
        assertThat(e.requestId().orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(e.getMessage())
                .isEqualTo("GET /connectors/99999 answered 404 CONNECTOR_NOT_FOUND: connector not found (request id "
                        + e.requestId().get() + ")");
    }

    @Test
    void validating_an_unknown_connector_is_not_found() {
        NotFoundException e = catchThrowableOfType(
                NotFoundException.class, () -> client.connectorsValidate(99999, Map.of("user", "x")));

        assertThat(e.codeDescription()).contains("CONNECTOR_NOT_FOUND");
    }

    @Test
    void a_bad_query_value_is_an_invalid_request_naming_the_parameter() {
        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class,
                () -> client.connectorsList(ConnectorQuery.all().countries("BRA")));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.codeDescription()).contains("INVALID_QUERY_PARAMETER");
        assertThat(e.serverMessage().orElseThrow())
                .startsWith("Query parameter 'countries' has an invalid value 'BRA'");
    }

    @Test
    void a_page_size_over_the_limit_is_an_invalid_request() {
        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class,
                () -> client.connectorsList(ConnectorQuery.all().pageSize(501)));

        assertThat(e.codeDescription()).contains("INVALID_QUERY_PARAMETER");
        assertThat(e.serverMessage().orElseThrow()).startsWith("Query parameter 'pageSize' has an invalid value '501'");
    }

    @Test
    void a_body_over_64_kib_is_an_invalid_request_with_status_413() {
        Map<String, String> huge = new HashMap<>();
        huge.put("user", "u".repeat(70_000));

        InvalidRequestException e =
                catchThrowableOfType(InvalidRequestException.class, () -> client.connectorsValidate(2, huge));

        assertThat(e.statusCode()).isEqualTo(413);
        assertThat(e.codeDescription()).contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void wrong_client_keys_are_an_authentication_exception() {
        try (PlugboardClient wrong = PlugboardClient.builder()
                .baseUri(server.baseUrl())
                .clientId(server.clientId())
                .clientSecret("wrong")
                .build()) {
            AuthenticationException e =
                    catchThrowableOfType(AuthenticationException.class, () -> wrong.connectorRetrieve(2));

            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.codeDescription()).contains("CLIENT_KEYS_UNAUTHORIZED");
            assertThat(e.serverMessage()).contains("Client keys are invalid");
        }
    }

    @Test
    void a_disabled_application_is_an_authentication_exception_saying_so() {
        Map<String, String> created = createApplication("disabled-by-test");
        run("apps", "disable", created.get("clientId"), "--data-dir", dataDir.toString());
        try (PlugboardClient disabled = PlugboardClient.builder()
                .baseUri(server.baseUrl())
                .clientId(created.get("clientId"))
                .clientSecret(created.get("clientSecret"))
                .build()) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, disabled::authenticate);

            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.codeDescription()).contains("CLIENT_DISABLED");
        }
    }

    @Test
    void an_invalid_key_alone_is_an_authentication_exception_without_a_code_description() {
        try (PlugboardClient forged = PlugboardClient.builder()
                .baseUri(server.baseUrl())
                .apiKey("not-a-key")
                .build()) {
            AuthenticationException e =
                    catchThrowableOfType(AuthenticationException.class, () -> forged.connectorRetrieve(2));

            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.code()).isEqualTo(OptionalInt.of(403));
            assertThat(e.codeDescription()).isEmpty();
            assertThat(e.serverMessage()).contains("Missing or invalid authorization token");
        }
    }

    @Test
    void an_invalid_key_with_client_keys_is_replaced_after_the_403() {
        try (PlugboardClient recovering = builder().apiKey("not-a-key").build()) {
            assertThat(recovering.connectorRetrieve(2).name()).isEqualTo("Pluggy Bank");
        }
    }

    @Test
    void a_server_that_is_not_there_is_a_transport_exception() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (PlugboardClient nowhere = PlugboardClient.builder()
                .baseUri("http://127.0.0.1:" + port)
                .apiKey("k")
                .maxRetries(1)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
                .build()) {
            TransportException e = catchThrowableOfType(TransportException.class, () -> nowhere.connectorRetrieve(2));

            assertThat(e.statusCode()).isZero();
            assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
        }
    }

    private static Map<String, String> createApplication(String name) {
        JsonNode created =
                read(run("apps", "create", "--name", name, "--format", "json", "--data-dir", dataDir.toString()));
        return Map.of(
                "clientId",
                created.get("clientId").asText(),
                "clientSecret",
                created.get("clientSecret").asText());
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PlugboardCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
        assertThat(status).as(err.toString()).isZero();
        return out.toString();
    }

    private static JsonNode read(String json) {
        try {
            return RunningPlugboard.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

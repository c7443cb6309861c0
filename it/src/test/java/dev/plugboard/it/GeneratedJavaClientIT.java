package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plugboard.app.BundledCatalog;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.client.ApiClient;
import org.openapitools.client.ApiException;
import org.openapitools.client.api.AuthApi;
import org.openapitools.client.api.ConnectorApi;
import org.openapitools.client.model.AuthRequest;
import org.openapitools.client.model.ConnectTokenRequest;
import org.openapitools.client.model.Connector;
import org.openapitools.client.model.ConnectorHealthDetails;
import org.openapitools.client.model.ConnectorListResponse;
import org.openapitools.client.model.ParameterValidationError;
import org.openapitools.client.model.ParameterValidationResponse;

/**
 * The Java client OpenAPI Generator makes from Pluggy's own document (generator {@code java},
 * library {@code native}, generated and compiled by this module's build), running the seed's
 * examples against the real application. Its Jackson models parse every answer.
 */
class GeneratedJavaClientIT {
    static final List<String> SEED_COUNTRIES = List.of("[\"BR\"]");
    static final List<String> SEED_TYPES = List.of(
            "[\"PERSONAL_BANK\", \"BUSINESS_BANK\", \"INVESTMENT\", \"INVOICE\", \"TELECOMMUNICATION\", \"OTHER\"]");

    @TempDir
    static Path dataDir;

    static RunningPlugboard server;
    static ConnectorApi connectors;
    static AuthApi auth;

    @BeforeAll
    static void start() throws ApiException {
        server = new RunningPlugboard(dataDir);
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(server.baseUrl());
        auth = new AuthApi(anonymous);
        String apiKey = auth.authCreate(new AuthRequest()
                        .clientId(java.util.UUID.fromString(server.clientId()))
                        .clientSecret(server.clientSecret()))
                .getApiKey();
        connectors = new ConnectorApi(withKey(apiKey));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The native library has no API-key support of its own: the documented way is an interceptor. */
    static ApiClient withKey(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUrl());
        client.setRequestInterceptor(request -> request.header("X-API-KEY", key));
        return client;
    }

    private static List<Integer> ids(ConnectorListResponse response) {
        return response.getResults().stream()
                .map(c -> c.getId().intValueExact())
                .toList();
    }

    private static List<Integer> bundledIds(Predicate<dev.plugboard.domain.connector.Connector> filter) {
        return BundledCatalog.load().stream()
                .filter(filter)
                .map(dev.plugboard.domain.connector.Connector::id)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    @Test
    void connector_retrieve_of_the_seed_example_parses_with_health_details() throws ApiException {
        Connector itau = connectors.connectorRetrieve(new BigDecimal("201"), true);

        assertThat(itau.getId()).isEqualByComparingTo("201");
        assertThat(itau.getName()).isEqualTo("Itaú");
        assertThat(itau.getHealth().getStatus()).isEqualTo("ONLINE");
        assertThat(itau.getHealth().getDetails())
                .isEqualTo(new ConnectorHealthDetails().connectionsLast6Hours(BigDecimal.ZERO));
        assertThat(itau.getCredentials().stream().map(c -> c.getName()))
                .containsExactly("agency", "account", "password");
        assertThat(itau.getCreatedAt()).isInstanceOf(OffsetDateTime.class);
    }

    @Test
    void connector_retrieve_with_a_fractional_looking_id_finds_the_same_connector() throws ApiException {
        Connector itau = connectors.connectorRetrieve(new BigDecimal("201.0"), null);

        assertThat(itau.getId()).isEqualByComparingTo("201");
        assertThat(itau.getHealth().getDetails()).isNull();
    }

    @Test
    void connectors_list_with_the_seed_example_values_answers_an_empty_page() throws ApiException {
        ConnectorListResponse response = connectors.connectorsList(
                SEED_COUNTRIES, SEED_TYPES, "name_example", true, true, true, true, null, null);

        assertThat(response.getPage()).isEqualTo(1.0);
        assertThat(response.getTotal()).isEqualTo(0.0);
        assertThat(response.getTotalPages()).isEqualTo(0.0);
        assertThat(response.getResults()).isEmpty();
    }

    @Test
    void connectors_list_with_every_parameter_filters_as_asked() throws ApiException {
        ConnectorListResponse response =
                connectors.connectorsList(SEED_COUNTRIES, SEED_TYPES, "itau", true, true, true, null, null, null);

        assertThat(ids(response)).containsExactly(601, 618);
        assertThat(response.getResults().get(0).getHealth().getDetails()).isNotNull();
    }

    @Test
    void connectors_list_with_comma_joined_arrays_and_flags_filters_as_asked() throws ApiException {
        ConnectorListResponse response = connectors.connectorsList(
                List.of("BR"), List.of("PERSONAL_BANK", "BUSINESS_BANK"), null, null, null, true, true, null, true);

        assertThat(ids(response))
                .isEqualTo(bundledIds(c -> !c.sandbox()
                        && c.openFinance()
                        && c.capabilities().paymentInitiation()
                        && c.capabilities().automaticPix()
                        && (c.type().name().equals("PERSONAL_BANK")
                                || c.type().name().equals("BUSINESS_BANK"))));
    }

    @Test
    void every_connector_of_the_catalog_parses() throws ApiException {
        ConnectorListResponse response =
                connectors.connectorsList(null, null, null, true, true, null, null, null, null);

        assertThat(ids(response)).isEqualTo(bundledIds(c -> true));
        assertThat(response.getTotal()).isEqualTo((double) response.getResults().size());
    }

    @Test
    void connectors_validate_answers_valid_and_invalid_credentials() throws ApiException {
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("user", "bob");
        invalid.put("password", "123");

        ParameterValidationResponse ok =
                connectors.connectorsValidate(2.0, Map.of("user", "user-ok", "password", "password-ok"));
        ParameterValidationResponse bad = connectors.connectorsValidate(2.0, invalid);

        assertThat(ok.getErrors()).isEmpty();
        assertThat(ok.getParameters()).isEqualTo(Map.of("user", "user-ok", "password", "********"));
        assertThat(bad.getErrors())
                .containsExactly(
                        new ParameterValidationError()
                                .code("002")
                                .message("O user deve começar com \"user-\"")
                                .parameter("user"),
                        new ParameterValidationError()
                                .code("002")
                                .message("A senha deve ter entre 6 e 20 caracteres")
                                .parameter("password"));
    }

    @Test
    void connectors_validate_with_the_seed_example_body_reports_both_missing_credentials() throws ApiException {
        ParameterValidationResponse response =
                connectors.connectorsValidate(2.0, Map.of("key", "request_body_example"));

        assertThat(response.getErrors().stream().map(e -> e.getCode() + " " + e.getParameter()))
                .containsExactly("001 user", "001 password");
    }

    @Test
    void an_unknown_connector_is_an_api_exception_with_pluggys_404_body() {
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> connectors.connectorRetrieve(new BigDecimal("99999"), null));

        assertThat(e.getCode()).isEqualTo(404);
        assertThat(e.getResponseBody())
                .isEqualTo(
                        "{\"code\":404,\"codeDescription\":\"CONNECTOR_NOT_FOUND\",\"message\":\"connector not found\"}");
    }

    @Test
    void a_connect_token_from_the_generated_auth_api_reads_connectors() throws ApiException {
        String apiKey = auth.authCreate(new AuthRequest()
                        .clientId(java.util.UUID.fromString(server.clientId()))
                        .clientSecret(server.clientSecret()))
                .getApiKey();
        // With no request at all the generated client sends the JSON body null, which Plugboard
        // rejects (400); an empty request, {}, is what this test can send today.
        String token = new AuthApi(withKey(apiKey))
                .connectTokenCreate(new ConnectTokenRequest())
                .getAccessToken();

        Connector sandbox = new ConnectorApi(withKey(token)).connectorRetrieve(BigDecimal.ZERO, null);

        assertThat(sandbox.getName()).isEqualTo("Pluggy Bank");
    }
}

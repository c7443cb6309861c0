package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.app.BundledCatalog;
import dev.plugboard.app.PluggySchemas;
import dev.plugboard.domain.connector.Connector;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real answers of the running application, checked against the schemas of Pluggy's own OpenAPI
 * document, plus the fields real payloads carry that the document does not declare
 * ({@code isSandbox} on connectors, {@code optional} on credentials: contract §1, §2).
 */
class PluggyConformanceIT {
    @TempDir
    static Path dataDir;

    static RunningPlugboard server;
    static String apiKey;

    @BeforeAll
    static void start() {
        server = new RunningPlugboard(dataDir);
        apiKey = server.apiKey();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void conforms(HttpResponse<String> response, int status, String schema) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(PluggySchemas.errors(schema, response.body()))
                .as(response.body())
                .isEmpty();
    }

    private static void carriesUndeclaredFields(JsonNode connector) {
        assertThat(connector.get("isSandbox").isBoolean())
                .as("isSandbox of %s", connector.get("id"))
                .isTrue();
        connector
                .get("credentials")
                .forEach(credential -> assertThat(credential.get("optional").isBoolean())
                        .as("optional of a credential of %s", connector.get("id"))
                        .isTrue());
    }

    @Test
    void every_list_variant_is_a_connector_list_response() throws Exception {
        for (String query : new String[] {
            "", "?sandbox=true", "?sandbox=true&healthDetails=true", "?name=banco&types=PERSONAL_BANK", "?name=zzz"
        }) {
            HttpResponse<String> response = server.get("/connectors" + query, apiKey);
            conforms(response, 200, "ConnectorListResponse");
            RunningPlugboard.JSON
                    .readTree(response.body())
                    .get("results")
                    .forEach(PluggyConformanceIT::carriesUndeclaredFields);
        }
    }

    @Test
    void every_bundled_connector_retrieved_is_a_connector_with_and_without_health_details() throws Exception {
        for (Connector connector : BundledCatalog.load()) {
            for (String query : new String[] {"", "?healthDetails=true"}) {
                HttpResponse<String> response = server.get("/connectors/" + connector.id() + query, apiKey);
                conforms(response, 200, "Connector");
                carriesUndeclaredFields(RunningPlugboard.JSON.readTree(response.body()));
            }
        }
    }

    @Test
    void validation_answers_valid_and_invalid_are_parameter_validation_responses() {
        conforms(
                server.post(
                        "/connectors/2/validate",
                        "{\"user\":\"user-ok\",\"password\":\"password-ok\"}",
                        Optional.of(apiKey)),
                200,
                "ParameterValidationResponse");
        conforms(
                server.post("/connectors/201/validate", "{\"agency\":\"12\",\"account\":12345}", Optional.of(apiKey)),
                200,
                "ParameterValidationResponse");
    }

    @Test
    void auth_and_connect_token_answers_match_their_schemas() {
        conforms(server.post("/auth", server.authBody(), Optional.empty()), 200, "AuthResponse");
        conforms(server.post("/connect_token", "{}", Optional.of(apiKey)), 200, "ConnectTokenResponse");
    }

    @Test
    void error_answers_match_pluggys_error_schemas() {
        conforms(server.get("/connectors/99999999", apiKey), 404, "GlobalErrorResponse");
        conforms(server.get("/connectors/abc", apiKey), 400, "GlobalErrorResponse");
        conforms(server.get("/connectors", "forged"), 403, "NotAuthenticatedResponse");
        conforms(
                server.post(
                        "/auth",
                        "{\"clientId\":\"" + server.clientId() + "\",\"clientSecret\":\"x\"}",
                        Optional.empty()),
                401,
                "GlobalErrorResponse");
        conforms(server.send(HttpRequest.newBuilder(server.uri("/nowhere")).build()), 404, "GlobalErrorResponse");
    }
}

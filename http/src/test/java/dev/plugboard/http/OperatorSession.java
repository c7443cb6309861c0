package dev.plugboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.auth.NewApplication;
import dev.plugboard.domain.auth.Role;
import dev.plugboard.domain.connector.Access;
import dev.plugboard.domain.connector.Branding;
import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.http.auth.TokenKind;
import dev.plugboard.http.wire.ConnectorWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An operator named "ops" with the admin role, logged in to a {@link TestServer}: its requests
 * to the administration API, and the connector documents they send (an object mother).
 */
final class OperatorSession {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NOT_AUTHENTICATED = "{\"code\":403,\"message\":\"Missing or invalid authorization token\"}";

    final TestServer server;
    final NewApplication operator;
    final String adminKey;

    OperatorSession(TestServer server) {
        this.server = server;
        this.operator = server.applications.create("ops", Role.ADMIN);
        this.adminKey = keyOf(operator, Role.ADMIN);
    }

    /** A new operator (or application) of {@code role} and an API key of it. */
    String newKey(String name, Role role) {
        return keyOf(server.applications.create(name, role), role);
    }

    private String keyOf(NewApplication client, Role role) {
        return server.tokens.issue(client.application().clientId(), role, TokenKind.API_KEY);
    }

    String operatorId() {
        return operator.application().clientId().toString();
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(server.uri(pathAndQuery)).header("X-API-KEY", adminKey);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return server.send(request(pathAndQuery).GET().build());
    }

    /** The connector as {@code GET /admin/connectors/{id}} answers it. */
    ObjectNode connector(int id) {
        HttpResponse<String> response = get("/admin/connectors/" + id);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /admin/connectors/" + id + " answered " + response.body());
        }
        return (ObjectNode) tree(response);
    }

    /** The connector as the public API serves it ({@code GET /connectors/{id}}, application key). */
    HttpResponse<String> publicConnector(int id) {
        return server.get("/connectors/" + id);
    }

    HttpResponse<String> put(int id, JsonNode body, String... headers) {
        return send("PUT", "/admin/connectors/" + id, "application/json", body.toString(), headers);
    }

    HttpResponse<String> patch(int id, String mergePatch, String... headers) {
        return send("PATCH", "/admin/connectors/" + id, "application/merge-patch+json", mergePatch, headers);
    }

    HttpResponse<String> delete(int id, String... headers) {
        HttpRequest.Builder request = request("/admin/connectors/" + id).DELETE();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.send(request.build());
    }

    HttpResponse<String> importCatalog(String query, JsonNode catalog) {
        return send("POST", "/admin/catalog/import" + query, "application/json", catalog.toString());
    }

    /** {@code GET /admin/catalog/export}, parsed. */
    ArrayNode export() {
        return (ArrayNode) tree(get("/admin/catalog/export"));
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.send(request.build());
    }

    static JsonNode tree(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    static String message(HttpResponse<String> response) {
        return tree(response).get("message").asText();
    }

    /** {@code data.problems} of a refusal, as JSON text. */
    static String problems(HttpResponse<String> response) {
        return tree(response).path("data").path("problems").toString();
    }

    /** A valid connector document as an operator writes it: no timestamps, one credential. */
    static ObjectNode newConnector(int id, String name) {
        ObjectNode connector = JSON.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("primaryColor", "0A7B83")
                .put("institutionUrl", "https://banco-novo.example")
                .put("country", "BR")
                .put("type", "PERSONAL_BANK");
        connector
                .putArray("credentials")
                .addObject()
                .put("label", "CPF")
                .put("name", "cpf")
                .put("type", "number")
                .put("placeholder", "")
                .put("validation", "^\\d{11}$")
                .put("validationMessage", "CPF deve ter 11 números");
        connector.put("imageUrl", "https://cdn.example/" + id + ".svg");
        connector.put("resetPasswordUrl", "https://banco-novo.example/senha");
        connector.putArray("products").add("ACCOUNTS").add("TRANSACTIONS");
        return connector;
    }

    /** The connector {@link #newConnector} describes, with the times the server gave it. */
    static Connector bancoNovo(int id, String name, Instant createdAt, Instant updatedAt) {
        return new Connector(
                id,
                name,
                ConnectorType.PERSONAL_BANK,
                "BR",
                new Branding("0A7B83", "https://banco-novo.example", "https://cdn.example/" + id + ".svg"),
                List.of(Credential.of("CPF", "cpf", CredentialType.NUMBER)
                        .withValidation("^\\d{11}$", "CPF deve ter 11 números")),
                new Access(false, false, Optional.empty(), Optional.of("https://banco-novo.example/senha")),
                ConnectorHealth.ONLINE,
                List.of(Product.ACCOUNTS, Product.TRANSACTIONS),
                Capabilities.NONE,
                false,
                false,
                createdAt,
                updatedAt);
    }

    /** A connector as the public API writes it. */
    static String pluggyJson(Connector connector) {
        return new String(ConnectorWriter.toBytes(connector, Optional.empty()), StandardCharsets.UTF_8);
    }

    /** A connector as the administration API writes it: Pluggy's shape, then enabled and revision. */
    static String adminJson(Connector connector, boolean enabled, long revision) {
        String pluggy = pluggyJson(connector);
        return pluggy.substring(0, pluggy.length() - 1) + ",\"enabled\":" + enabled + ",\"revision\":" + revision + "}";
    }
}

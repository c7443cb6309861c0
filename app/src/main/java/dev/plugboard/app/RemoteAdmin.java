package dev.plugboard.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.PlugboardException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administration API of a running Plugboard, for the CLI's {@code --server} mode. It logs in
 * with an operator's keys from {@code PLUGBOARD_CLIENT_ID} and {@code PLUGBOARD_CLIENT_SECRET}
 * (environment only: a secret on a command line is visible to every user of the machine).
 */
final class RemoteAdmin {
    /** A refusal or failure of the server, with every problem it listed. */
    static final class RemoteAdminException extends PlugboardException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        RemoteAdminException(String message, List<String> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI server;
    private final String apiKey;

    RemoteAdmin(String server, Map<String, String> environment) {
        this(server, environment, "admin");
    }

    /**
     * @param role the operator role the calls need, named in the message when the keys are missing
     */
    RemoteAdmin(String server, Map<String, String> environment, String role) {
        this.server = URI.create(server.endsWith("/") ? server.substring(0, server.length() - 1) : server);
        String clientId = environment.get("PLUGBOARD_CLIENT_ID");
        String secret = environment.get("PLUGBOARD_CLIENT_SECRET");
        if (clientId == null || secret == null) {
            throw new RemoteAdminException(
                    "--server needs an " + role + " operator's keys in PLUGBOARD_CLIENT_ID and PLUGBOARD_CLIENT_SECRET"
                            + " (create one with: plugboard operators create --role " + role
                            + " --name me --format env)",
                    List.of());
        }
        String body = JSON.createObjectNode()
                .put("clientId", clientId)
                .put("clientSecret", secret)
                .toString();
        this.apiKey = send("POST", "/auth", body, null).get("apiKey").asText();
    }

    JsonNode get(String path) {
        return send("GET", path, null, apiKey);
    }

    JsonNode post(String path, String body) {
        return send("POST", path, body, apiKey);
    }

    private JsonNode send(String method, String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("X-API-KEY", key);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RemoteAdminException("cannot reach " + server + ": " + e.getMessage(), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteAdminException("interrupted while calling " + server, List.of());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            String text = response.body().strip();
            throw new RemoteAdminException(
                    server + " answered " + response.statusCode() + " with a body that is not JSON (is it a"
                            + " Plugboard?): " + (text.length() > 200 ? text.substring(0, 200) + "…" : text),
                    List.of());
        }
        if (response.statusCode() >= 300) {
            List<String> problems = new ArrayList<>();
            answer.path("data").path("problems").forEach(p -> problems.add(p.asText()));
            throw new RemoteAdminException(
                    server + " answered " + response.statusCode() + ": "
                            + answer.path("message").asText(),
                    problems);
        }
        return answer;
    }
}

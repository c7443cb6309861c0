package dev.plugboard.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.app.ConfigLoader;
import dev.plugboard.app.Plugboard;
import dev.plugboard.app.PlugboardConfig;
import dev.plugboard.domain.auth.NewApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The real application, configured as a user would (defaults, a data directory, port 0), started
 * in this JVM on a fresh SQLite database with the bundled catalog.
 */
final class RunningPlugboard implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final Plugboard plugboard;
    final NewApplication app;
    private final HttpClient client = HttpClient.newHttpClient();

    RunningPlugboard(Path dataDir) {
        PlugboardConfig config =
                ConfigLoader.load(Optional.empty(), Map.of(), Map.of("port", "0", "data-dir", dataDir.toString()));
        plugboard = Plugboard.start(config, Clock.systemUTC());
        app = plugboard.defaultApplication().orElseThrow();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + plugboard.port();
    }

    URI uri(String pathAndQuery) {
        return URI.create(baseUrl() + pathAndQuery);
    }

    String clientId() {
        return app.application().clientId().toString();
    }

    String clientSecret() {
        return app.clientSecret().reveal();
    }

    String authBody() {
        return "{\"clientId\":\"" + clientId() + "\",\"clientSecret\":\"" + clientSecret() + "\"}";
    }

    String apiKey() {
        try {
            return JSON.readTree(post("/auth", authBody(), Optional.empty()).body())
                    .get("apiKey")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String pathAndQuery, String apiKey) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery))
                .header("X-API-KEY", apiKey)
                .build());
    }

    HttpResponse<String> post(String path, String json, Optional<String> apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        apiKey.ifPresent(key -> request.header("X-API-KEY", key));
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        plugboard.close();
    }
}

package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.auth.Role;
import dev.plugboard.http.auth.TokenKind;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Sends known secrets through every route, on success and failure paths (a 500 and a 503
 * included), with every logger at DEBUG, the access log among them, and searches everything logged
 * for them.
 */
class SecretsStayOutOfLogsTest {
    static final String CREDENTIAL = "s3cr3t-credential-value";
    static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;
    static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    static Logger root;
    static Level previous;

    @BeforeAll
    static void start() {
        root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        previous = root.getLevel();
        root.setLevel(Level.DEBUG);
        LOGS.start();
        root.addAppender(LOGS);
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
        root.detachAppender(LOGS);
        root.setLevel(previous);
    }

    @BeforeEach
    void clear() {
        LOGS.list.clear();
    }

    @Test
    void no_credential_value_client_secret_or_api_key_is_logged() {
        String secret = server.app.clientSecret().reveal();
        String auth =
                "{\"clientId\":\"" + server.app.application().clientId() + "\",\"clientSecret\":\"" + secret + "\"}";
        List<String> bodies = List.of(
                "{\"user\":\"" + CREDENTIAL + "\",\"password\":\"" + CREDENTIAL + "\"}",
                "{\"user\":\"user-ok\",\"password\":\"" + CREDENTIAL,
                "{\"password\":{\"nested\":\"" + CREDENTIAL + "\"}}",
                "[\"" + CREDENTIAL + "\"]");
        for (String body : bodies) {
            server.postJson("/connectors/2/validate", body);
            server.postJson("/connectors/99/validate", body);
        }
        server.postJson("/auth", auth);
        server.postJson("/auth", auth.replace(secret, CREDENTIAL));
        server.postJson("/auth", "{\"clientId\":\"x\",\"clientSecret\":\"" + CREDENTIAL);
        server.store.failing = true;
        HttpResponse<String> failed = server.postJson("/auth", auth);
        server.store.failing = false;
        server.send(HttpRequest.newBuilder(server.uri("/connectors/2"))
                .header("X-API-KEY", server.apiKey + "tampered")
                .build());
        server.get("/connectors?name=" + CREDENTIAL);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(LOGS.list).as("the 500 was logged").isNotEmpty();
        for (ILoggingEvent event : LOGS.list) {
            String logged = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(logged).doesNotContain(CREDENTIAL).doesNotContain(secret).doesNotContain(server.apiKey);
        }
    }

    /**
     * Every route of the table, with each kind of key, a query string and bodies carrying secrets,
     * through a 500 and a 503: each request gives exactly one access-log line, and no line of any
     * logger holds a secret.
     */
    @Test
    void no_secret_reaches_any_log_line_through_any_route_of_the_table() throws Exception {
        String appSecret = server.app.clientSecret().reveal();
        String adminKey = key("ops", Role.ADMIN);
        String ingestKey = key("reporter", Role.INGEST);
        String connectToken = server.tokens.issue(server.app.application().clientId(), TokenKind.CONNECT_TOKEN);
        List<String> keys = List.of(server.apiKey, adminKey, ingestKey, connectToken, server.apiKey + CREDENTIAL);
        String object = "{\"user\":\"" + CREDENTIAL + "\",\"password\":\"" + CREDENTIAL + "\",\"clientId\":\""
                + server.app.application().clientId() + "\",\"clientSecret\":\"" + CREDENTIAL + "\",\"apiKey\":\""
                + CREDENTIAL + "\",\"event\":\"connector/status_updated\",\"url\":\"https://example.com/"
                + CREDENTIAL + "\",\"headers\":{\"X-Receiver-Key\":\"" + CREDENTIAL + "\"},\"status\":\"OFFLINE\","
                + "\"message\":\"maintenance\"}";
        List<String> bodies = List.of(object, "[" + object + "]", "{\"password\":\"" + CREDENTIAL);
        String webhookId = "00000000-0000-4000-8000-000000000000";
        String webhookSecret = "";
        int requests = 0;

        List<Routes.Endpoint> table = new Routes(server.dependencies(), 1024).table();
        for (Routes.Endpoint endpoint : table) {
            String path = endpoint.path()
                    .replace("/webhooks/:id", "/webhooks/" + webhookId)
                    .replace(":id", "2");
            for (String key : keys) {
                boolean takesBody = !endpoint.method().name().equals("GET")
                        && !endpoint.method().name().equals("DELETE");
                for (String body : takesBody ? bodies : List.of("")) {
                    HttpResponse<String> response = server.send(
                            HttpRequest.newBuilder(server.uri(path + "?name=" + CREDENTIAL + "&apiKey=" + CREDENTIAL))
                                    .header("X-API-KEY", key)
                                    .header("Content-Type", "application/json")
                                    .method(endpoint.method().name(), HttpRequest.BodyPublishers.ofString(body))
                                    .build());
                    requests++;
                    if (endpoint.path().equals("/webhooks") && response.statusCode() == 201) {
                        JsonNode created = JSON.readTree(response.body());
                        webhookId = created.get("id").asText();
                        webhookSecret = created.get("secret").asText();
                    }
                }
            }
        }
        String auth =
                "{\"clientId\":\"" + server.app.application().clientId() + "\",\"clientSecret\":\"" + appSecret + "\"}";
        server.store.failing = true;
        HttpResponse<String> failed = server.postJson("/auth", auth);
        server.store.failing = false;
        server.store.unreachable = true;
        HttpResponse<String> unavailable = server.postJson("/auth", auth);
        server.store.unreachable = false;
        requests += 2;

        assertThat(webhookSecret)
                .as("a webhook was created, with secret headers")
                .isNotEmpty();
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(unavailable.statusCode()).isEqualTo(503);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (accessLines() < requests && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(accessLines()).as("one access-log line per request").isEqualTo(requests);
        List<String> secrets =
                List.of(CREDENTIAL, appSecret, webhookSecret, server.apiKey, adminKey, ingestKey, connectToken);
        for (ILoggingEvent event : List.copyOf(LOGS.list)) {
            String logged = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : secrets) {
                assertThat(logged).as(event.getLoggerName()).doesNotContain(secret);
            }
        }
    }

    private static long accessLines() {
        return List.copyOf(LOGS.list).stream()
                .filter(event -> event.getLoggerName().equals(AccessLog.LOGGER))
                .count();
    }

    private static String key(String name, Role role) {
        return server.tokens.issue(
                server.applications.create(name, role).application().clientId(), role, TokenKind.API_KEY);
    }
}

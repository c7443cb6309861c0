package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Sends known secrets through every route, on success and failure paths (a 500 included), with
 * every logger at DEBUG, and searches everything logged for them.
 */
class SecretsStayOutOfLogsTest {
    static final String CREDENTIAL = "s3cr3t-credential-value";
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
}

package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from a PEM certificate and key: served, with HSTS, and plain HTTP refused on that port. */
class TlsTest {
    @TempDir
    static Path dir;

    static TestCertificate certificate;
    static TestServer server;
    static HttpClient https;

    @BeforeAll
    static void start() throws Exception {
        certificate = TestCertificate.create(dir);
        server = new TestServer(ServingSettings.DEFAULT.withTls(
                new ServingSettings.TlsFiles(certificate.certificate(), certificate.key())));
        https = HttpClient.newBuilder().sslContext(certificate.trusting()).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    URI https(String path) {
        return URI.create("https://localhost:" + server.server.port() + path);
    }

    @Test
    void the_api_is_served_over_https_with_strict_transport_security() throws Exception {
        HttpResponse<String> connector = https.send(
                HttpRequest.newBuilder(https("/connectors/2"))
                        .header("X-API-KEY", server.apiKey)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> live =
                https.send(HttpRequest.newBuilder(https("/health/live")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(connector.statusCode()).isEqualTo(200);
        assertThat(connector.body()).startsWith("{\"id\":2,\"name\":\"Pluggy Bank\",");
        assertThat(connector.headers().allValues("Strict-Transport-Security")).containsExactly(SecurityHeaders.HSTS);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void plain_http_to_the_https_port_gets_no_answer() {
        assertThatThrownBy(() -> HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(server.uri("/health/live"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }
}

package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ErrorBody;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request whose storage work finds the database unreachable is a 503 in the error envelope, with
 * {@code Retry-After}, not a 500; reads from memory go on. (The whole outage, on a real PostgreSQL
 * cut and restored, is {@code DatabaseOutageIT} in the it module.)
 */
class DatabaseUnavailableRoutesTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_request_that_needs_an_unreachable_database_is_a_503_saying_so_and_reads_go_on() {
        String auth = "{\"clientId\":\"" + server.app.application().clientId() + "\",\"clientSecret\":\""
                + server.app.clientSecret().reveal() + "\"}";
        server.store.unreachable = true;
        HttpResponse<String> refused;
        HttpResponse<String> read;
        try {
            refused = server.postJson("/auth", auth);
            read = server.get("/connectors/2");
        } finally {
            server.store.unreachable = false;
        }

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body())
                .isEqualTo(new String(
                        ErrorBody.of(ApiError.DATABASE_UNAVAILABLE, ApiError.DATABASE_UNAVAILABLE.message())
                                .toBytes(),
                        StandardCharsets.UTF_8));
        assertThat(refused.body()).startsWith("{\"code\":503,\"codeDescription\":\"DATABASE_UNAVAILABLE\",");
        assertThat(refused.headers().firstValue("Retry-After")).contains("5");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(server.postJson("/auth", auth).statusCode())
                .as("back once it answers")
                .isEqualTo(200);
    }
}

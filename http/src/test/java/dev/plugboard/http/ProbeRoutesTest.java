package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /health/live} and {@code GET /health/ready}, without a key, on a fresh server each. */
class ProbeRoutesTest {
    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> probe(String path) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).GET().build());
    }

    @Test
    void live_answers_up_without_a_key() {
        HttpResponse<String> live = probe("/health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(live.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    }

    @Test
    void ready_answers_up_with_each_check_when_the_database_answers_and_the_catalog_is_loaded() {
        HttpResponse<String> ready = probe("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .isEqualTo("{\"status\":\"UP\",\"checks\":{\"database\":{\"status\":\"UP\"},"
                        + "\"catalog\":{\"status\":\"UP\",\"version\":1,\"connectors\":6}}}");
    }

    @Test
    void ready_answers_503_naming_the_database_when_it_cannot_be_reached_while_live_stays_up() {
        server.database.close();

        HttpResponse<String> ready = probe("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body())
                .isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"database\":{\"status\":\"DOWN\"},"
                        + "\"catalog\":{\"status\":\"UP\",\"version\":1,\"connectors\":6}}}");
        assertThat(probe("/health/live").statusCode()).isEqualTo(200);
        assertThat(server.get("/connectors/2").statusCode())
                .as("reads are served from memory")
                .isEqualTo(200);
    }

    @Test
    void probes_take_only_get() {
        HttpResponse<String> post = server.send(HttpRequest.newBuilder(server.uri("/health/ready"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET");
    }
}

package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the two catalog reads answer: an {@code ETag} derived from the bytes, {@code 304} on a
 * matching {@code If-None-Match}, gzip when asked, {@code Vary: Accept-Encoding}; and that other
 * routes are untouched.
 */
class CatalogReadsRoutesTest {
    static TestServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = server.request(pathAndQuery).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static byte[] gunzip(byte[] gzip) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/connectors", "/connectors?name=ita", "/connectors/201"})
    void tags_every_catalog_read_with_the_sha256_of_its_bytes_and_varies_by_encoding(String path) {
        HttpResponse<byte[]> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(etag(response))
                .isEqualTo(RenderedBody.etagOf(response.body()))
                .hasSize(18);
        assertThat(response.headers().allValues("Vary")).containsExactly("Accept-Encoding");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("private, no-cache");
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/connectors/2?healthDetails=true", "/connectors?healthDetails=true"})
    void tags_health_details_from_what_their_bytes_are_made_of_and_varies_by_encoding(String path) {
        HttpResponse<byte[]> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(etag(response)).hasSize(18).isEqualTo(etag(get(path)));
        assertThat(response.headers().allValues("Vary")).containsExactly("Accept-Encoding");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("private, no-cache");
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/connectors",
                "/connectors/201",
                "/connectors/2?healthDetails=true",
                "/connectors?healthDetails=true"
            })
    void answers_304_without_a_body_when_if_none_match_names_the_current_tag(String path) {
        String tag = etag(get(path));

        for (String header : new String[] {tag, "W/" + tag, "\"stale\", " + tag, "*"}) {
            HttpResponse<byte[]> revalidated = get(path, "If-None-Match", header);

            assertThat(revalidated.statusCode()).as(header).isEqualTo(304);
            assertThat(revalidated.body()).isEmpty();
            assertThat(etag(revalidated)).isEqualTo(tag);
            assertThat(revalidated.headers().allValues("Vary")).containsExactly("Accept-Encoding");
            assertThat(revalidated.headers().allValues("Cache-Control")).containsExactly("private, no-cache");
            assertThat(revalidated.headers().firstValue("Content-Type")).isEmpty();
        }
    }

    @Test
    void answers_200_in_full_when_if_none_match_names_another_tag() {
        String other = etag(get("/connectors/2"));

        HttpResponse<byte[]> response = get("/connectors/201", "If-None-Match", other + ", \"nope\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(get("/connectors/201").body());
    }

    @Test
    void gives_each_callers_health_details_its_own_tag() {
        String plain = etag(get("/connectors/201"));
        String detailed = etag(get("/connectors/201?healthDetails=true"));

        assertThat(detailed).isNotEqualTo(plain);
        assertThat(get("/connectors/201?healthDetails=true", "If-None-Match", plain)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void changes_the_tags_when_a_connector_changes_so_the_old_tag_gets_the_new_bytes() {
        String connectorTag = etag(get("/connectors/201"));
        String listTag = etag(get("/connectors"));
        String sandboxTag = etag(get("/connectors/2"));
        OperatorSession ops = new OperatorSession(server);

        HttpResponse<String> patched = ops.patch(201, "{\"name\":\"Itau Renamed\"}", "If-Match", "*");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

        HttpResponse<byte[]> connector = get("/connectors/201", "If-None-Match", connectorTag);
        HttpResponse<byte[]> list = get("/connectors", "If-None-Match", listTag);
        assertThat(connector.statusCode()).isEqualTo(200);
        assertThat(new String(connector.body(), StandardCharsets.UTF_8)).contains("\"name\":\"Itau Renamed\"");
        assertThat(etag(connector)).isNotEqualTo(connectorTag).isEqualTo(RenderedBody.etagOf(connector.body()));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(new String(list.body(), StandardCharsets.UTF_8)).contains("\"name\":\"Itau Renamed\"");
        assertThat(etag(list)).isNotEqualTo(listTag);
        // a connector that did not change keeps its bytes, so its tag still revalidates
        assertThat(get("/connectors/2", "If-None-Match", sandboxTag).statusCode())
                .isEqualTo(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "gzip, deflate, br", "br;q=1, gzip;q=0.2", "*"})
    void sends_the_kept_gzip_form_that_decompresses_to_the_identity_bytes(String acceptEncoding) {
        HttpResponse<byte[]> identity = get("/connectors");
        HttpResponse<byte[]> gzipped = get("/connectors", "Accept-Encoding", acceptEncoding);

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().allValues("Content-Encoding")).containsExactly("gzip");
        assertThat(gzipped.headers().allValues("Vary")).containsExactly("Accept-Encoding");
        assertThat(gzipped.body().length).isLessThan(identity.body().length / 4);
        assertThat(gunzip(gzipped.body())).isEqualTo(identity.body());
        assertThat(etag(gzipped)).isEqualTo(RenderedBody.etagOf(gzipped.body())).isNotEqualTo(etag(identity));
        assertThat(get("/connectors", "Accept-Encoding", "gzip", "If-None-Match", etag(gzipped))
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void compresses_one_connector_too() {
        HttpResponse<byte[]> gzipped = get("/connectors/201", "Accept-Encoding", "gzip");

        assertThat(gzipped.headers().allValues("Content-Encoding")).containsExactly("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(get("/connectors/201").body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip;q=0", "identity", "br, deflate", "*;q=0"})
    void sends_identity_when_gzip_is_refused_or_not_offered(String acceptEncoding) {
        HttpResponse<byte[]> response = get("/connectors", "Accept-Encoding", acceptEncoding);

        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(get("/connectors").body());
        assertThat(response.headers().allValues("Vary")).containsExactly("Accept-Encoding");
    }

    @Test
    void sends_health_details_uncompressed_as_they_are_written_per_request() {
        HttpResponse<byte[]> response = get("/connectors?healthDetails=true", "Accept-Encoding", "gzip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body())
                .isEqualTo(get("/connectors?healthDetails=true").body());
    }

    @Test
    void leaves_other_routes_uncompressed_untagged_and_without_vary() {
        HttpResponse<byte[]> validate;
        try {
            validate = CLIENT.send(
                    server.request("/connectors/2/validate")
                            .header("Content-Type", "application/json")
                            .header("Accept-Encoding", "gzip")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"x\",\"password\":\"y\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        HttpResponse<byte[]> missing = get("/connectors/999999", "Accept-Encoding", "gzip");

        assertThat(validate.statusCode()).isEqualTo(200);
        assertThat(new String(validate.body(), StandardCharsets.UTF_8)).startsWith("{");
        for (HttpResponse<byte[]> response : List.of(validate, missing)) {
            assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(response.headers().firstValue("ETag")).isEmpty();
            assertThat(response.headers().firstValue("Vary")).isEmpty();
        }
        assertThat(missing.statusCode()).isEqualTo(404);
    }
}

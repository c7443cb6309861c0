package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random query strings, validate bodies and API keys against the running server: every answer is
 * a documented one (never a 500), in the JSON envelope when it is a refusal.
 */
class HttpFuzzPropertyTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> NAMES = List.of(
            "name",
            "types",
            "types[]",
            "types[1]",
            "countries",
            "sandbox",
            "isOpenFinance",
            "supportsAutomaticPix",
            "page",
            "pageSize",
            "healthDetails",
            "other");
    static final List<String> VALUES = List.of(
            "",
            "true",
            "false",
            "1",
            "0",
            "-1",
            "500",
            "501",
            "1e400",
            "99999999999",
            "BR",
            "[\"BR\"]",
            "[1]",
            "[\"BR\"",
            "PERSONAL_BANK",
            "itaú",
            "' OR 1=1 --",
            ".*",
            "(",
            "%",
            "%zz",
            "%FF",
            "\u0000",
            "😀",
            "a,b,,");
    static final List<String> JSON_PIECES = List.of(
            "{",
            "}",
            "[",
            "]",
            ":",
            ",",
            "\"",
            "\"user\"",
            "\"password\"",
            "\"user-ok\"",
            "\"\\u0000\"",
            "null",
            "true",
            "1e400",
            "-0",
            "NaN",
            "/*",
            "\u0000",
            "😀",
            "\u00ff",
            "{\"a\":",
            "[[[[");

    static TestServer server;

    @BeforeContainer
    static void start() {
        server = new TestServer();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    /** What a client library sends: every name and value percent-encoded. */
    @Property(tries = 300)
    void an_encoded_list_query_is_answered_or_refused_with_a_400(@ForAll("encodedQueries") String query) {
        RawHttp.Response response = exchange(get("/connectors?" + query, server.apiKey));

        assertDocumented(response, 200, 400);
    }

    /** What an attacker sends: the same, not encoded, as raw UTF-8 bytes in the request line. */
    @Property(tries = 200)
    void a_raw_query_is_answered_or_refused_with_a_400(@ForAll("rawQueries") String query) {
        RawHttp.Response response = exchange(get("/connectors?" + query, server.apiKey));

        assertDocumented(response, 200, 400);
    }

    @Property(tries = 300)
    void a_validate_body_is_answered_or_refused_with_a_400(@ForAll("bodies") byte[] body) {
        RawHttp.Response response = exchange(post("/connectors/2/validate", body));

        assertDocumented(response, 200, 400);
        if (response.status() == 200) {
            assertThat(json(response).has("parameters")).isTrue();
            assertThat(json(response).has("errors")).isTrue();
        }
    }

    @Property(tries = 200)
    void a_forged_api_key_is_refused_with_pluggys_403(@ForAll("keys") String key) {
        RawHttp.Response response = exchange(get("/connectors/2", key));

        assertDocumented(response, 403);
        assertThat(response.body()).isEqualTo(OperatorSession.NOT_AUTHENTICATED);
    }

    private static void assertDocumented(RawHttp.Response response, Integer... statuses) {
        assertThat(response.status()).as(response.body()).isIn((Object[]) statuses);
        assertThat(response.header("Content-Type")).contains("application/json; charset=utf-8");
        if (response.status() != 200) {
            assertThat(json(response).get("code").asInt()).isEqualTo(response.status());
            assertThat(json(response).get("message").isTextual()).isTrue();
        }
    }

    @Provide
    Arbitrary<String> encodedQueries() {
        return pairs().map(pairs -> String.join(
                "&",
                pairs.stream()
                        .map(p -> URLEncoder.encode(p.getFirst(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(p.getLast(), StandardCharsets.UTF_8))
                        .toList()));
    }

    @Provide
    Arbitrary<String> rawQueries() {
        return pairs().map(pairs -> String.join(
                "&", pairs.stream().map(p -> p.getFirst() + "=" + p.getLast()).toList()));
    }

    private static Arbitrary<List<List<String>>> pairs() {
        Arbitrary<String> value = Arbitraries.oneOf(
                        Arbitraries.of(VALUES),
                        Arbitraries.strings().ofMaxLength(10).filter(HttpFuzzPropertyTest::wellFormed))
                .list()
                .ofMaxSize(3)
                .map(parts -> String.join("", parts));
        return Arbitraries.of(NAMES)
                .flatMap(name -> value.map(v -> List.of(name, v)))
                .list()
                .ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.oneOf(
                                Arbitraries.of(JSON_PIECES),
                                Arbitraries.strings().ofMaxLength(5))
                        .list()
                        .ofMaxSize(20)
                        .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
    }

    /** Header-safe text (a CR or LF would end the header), JWT-like or not. */
    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> segment = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                .ofMaxLength(40);
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(80),
                segment.list().ofSize(3).map(parts -> String.join(".", parts)),
                segment.map(s -> "eyJhbGciOiJIUzI1NiJ9." + s + "." + s));
    }

    private static boolean wellFormed(String text) {
        return text.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE);
    }

    private static byte[] get(String target, String key) {
        return ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + key + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] post(String path, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + server.apiKey
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        request.writeBytes(body);
        return request.toByteArray();
    }

    private static RawHttp.Response exchange(byte[] request) {
        return RawHttp.exchange(server.server.port(), request);
    }

    private static JsonNode json(RawHttp.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }
}

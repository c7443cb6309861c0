package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ErrorBody;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malicious and malformed requests, sent as raw bytes to the running server: each gets its exact
 * status and body, and right after it a normal request gets its normal answer.
 */
class HostileRequestsTest {
    static final String NO_MATCH = "{\"page\":1,\"total\":0,\"totalPages\":0,\"results\":[]}";
    static final String VALIDATE = "/connectors/2/validate";

    static TestServer server;
    static ForgedTokens forged;
    static String healthyAnswer;

    @BeforeAll
    static void start() {
        server = new TestServer();
        forged = new ForgedTokens(server.key, server.apiKey);
        healthyAnswer = server.get("/connectors/2").body();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void is_refused_exactly_and_the_server_stays_healthy(String attack, byte[] request, int status, String body) {
        RawHttp.Response response = RawHttp.exchange(server.server.port(), request);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.body()).isEqualTo(body);
        assertThat(response.header("Content-Type")).contains("application/json; charset=utf-8");
        assertHealthy();
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                        malformedJson(),
                        contentTypes(),
                        oversized(),
                        encodings(),
                        pathTraversal(),
                        queryParameters(),
                        hugeIds(),
                        metacharactersInName(),
                        tokens(),
                        brokenHttp())
                .flatMap(s -> s);
    }

    static Stream<Arguments> malformedJson() {
        return Stream.of(
                arguments("truncated object", post(VALIDATE, "{\"user\":"), 400, malformed(1, 9)),
                arguments("unclosed object", post(VALIDATE, "{\"user\":\"user-ok\""), 400, malformed(1, 18)),
                arguments("missing colon", post(VALIDATE, "{\"user\" \"x\"}"), 400, malformed(1, 9)),
                arguments("single quotes", post(VALIDATE, "{'user':'x'}"), 400, malformed(1, 2)),
                arguments("trailing comma", post(VALIDATE, "{\"user\":\"x\",}"), 400, malformed(1, 13)),
                arguments("two documents", post(VALIDATE, "{\"user\":\"x\"}{\"a\":1}"), 400, malformed(1, 14)),
                arguments("a comment", post(VALIDATE, "{\"user\":\"x\"/*c*/}"), 400, malformed(1, 12)),
                arguments("NaN", post(VALIDATE, "{\"user\":NaN}"), 400, malformed(1, 12)),
                arguments("empty body", post(VALIDATE, ""), 400, error(ApiError.MALFORMED_JSON, "the body is empty.")),
                arguments("JSON null", post(VALIDATE, "null"), 400, error(ApiError.BODY_NOT_AN_OBJECT)),
                arguments("an array", post(VALIDATE, "[{\"user\":\"x\"}]"), 400, error(ApiError.BODY_NOT_AN_OBJECT)),
                arguments("a string", post(VALIDATE, "\"user\""), 400, error(ApiError.BODY_NOT_AN_OBJECT)),
                arguments(
                        "an object as a value",
                        post(VALIDATE, "{\"user\":{\"$ne\":null}}"),
                        400,
                        error(ApiError.PARAMETER_NOT_A_STRING, "user")),
                arguments(
                        "a key sent twice",
                        post(VALIDATE, "{\"user\":\"user-ok\",\"user\":\"admin\"}"),
                        400,
                        error(ApiError.DUPLICATE_FIELD, "user")),
                arguments(
                        "nested 100,000 deep as a value",
                        post(VALIDATE, "{\"user\":" + "[".repeat(50_000)),
                        400,
                        error(ApiError.PARAMETER_NOT_A_STRING, "user")),
                arguments(
                        "nested 5,000 deep to /auth",
                        post("/auth", "[".repeat(5_000) + "]".repeat(5_000)),
                        400,
                        error(ApiError.MALFORMED_JSON, "it could not be parsed.")),
                arguments(
                        "nested 2,000 deep to /webhooks",
                        post("/webhooks", "{\"headers\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_001)),
                        400,
                        error(ApiError.MALFORMED_JSON, "it could not be parsed.")));
    }

    static Stream<Arguments> contentTypes() {
        String body = "{\"user\":\"user-ok\"}";
        return Stream.of(
                arguments("no content type", post(VALIDATE, null, body), 400, error(ApiError.INVALID_CONTENT_TYPE)),
                arguments("text/plain", post(VALIDATE, "text/plain", body), 400, error(ApiError.INVALID_CONTENT_TYPE)),
                arguments(
                        "a JSON look-alike",
                        post(VALIDATE, "application/jsonp", body),
                        400,
                        error(ApiError.INVALID_CONTENT_TYPE)),
                arguments(
                        "a form",
                        post(VALIDATE, "application/x-www-form-urlencoded", "user=user-ok"),
                        400,
                        error(ApiError.INVALID_CONTENT_TYPE)),
                arguments(
                        "a form Vert.x cannot decode",
                        post("/auth", "application/x-www-form-urlencoded", "a=%zz&b"),
                        400,
                        error(ApiError.INVALID_CONTENT_TYPE)),
                arguments(
                        "text/plain to /auth",
                        post("/auth", "text/plain", body),
                        400,
                        error(ApiError.INVALID_CONTENT_TYPE)));
    }

    static Stream<Arguments> oversized() {
        String tooLarge = "{\"user\":\"" + "x".repeat(HttpSettings.DEFAULT_MAX_BODY_BYTES) + "\"}";
        return Stream.of(
                arguments(
                        "a body over 64 KiB",
                        post(VALIDATE, tooLarge),
                        413,
                        error(ApiError.PAYLOAD_TOO_LARGE, HttpSettings.DEFAULT_MAX_BODY_BYTES)),
                arguments(
                        "a chunked body over 64 KiB",
                        chunked("/auth", tooLarge),
                        413,
                        error(ApiError.PAYLOAD_TOO_LARGE, HttpSettings.DEFAULT_MAX_BODY_BYTES)),
                arguments(
                        "a Content-Length of 10 GB, body never sent",
                        raw("POST " + VALIDATE + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 10000000000\r\n\r\n"),
                        413,
                        error(ApiError.PAYLOAD_TOO_LARGE, HttpSettings.DEFAULT_MAX_BODY_BYTES)),
                arguments(
                        "a URL over 4 KiB",
                        get("/connectors?name=" + "a".repeat(HttpSettings.MAX_REQUEST_LINE_BYTES)),
                        414,
                        error(ApiError.URI_TOO_LONG, HttpSettings.MAX_REQUEST_LINE_BYTES)),
                arguments(
                        "one header over 8 KiB",
                        get("/connectors/2", "X-Padding: " + "a".repeat(HttpSettings.MAX_HEADER_BYTES)),
                        431,
                        error(ApiError.HEADERS_TOO_LARGE, HttpSettings.MAX_HEADER_BYTES)),
                arguments(
                        "300 small headers",
                        get("/connectors/2", manyHeaders(300)),
                        431,
                        error(ApiError.HEADERS_TOO_LARGE, HttpSettings.MAX_HEADER_BYTES)),
                arguments(
                        "a name of 201 characters",
                        get("/connectors?name=" + "a".repeat(201)),
                        400,
                        error(
                                ApiError.INVALID_QUERY_PARAMETER,
                                "name",
                                "a".repeat(201),
                                "a name is at most 200 characters.")));
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                arguments(
                        "raw bytes that are not UTF-8 in the URL",
                        get("/connectors?name=\u00ff\u00fe"),
                        400,
                        error(ApiError.INVALID_URL)),
                arguments(
                        "raw UTF-8 in the URL",
                        get("/connectors?name=ita\u00c3\u00ba"),
                        400,
                        error(ApiError.INVALID_URL)),
                arguments("escapes that are not UTF-8", get("/connectors?name=%FF%FE"), 400, notUtf8("name", "%FF%FE")),
                arguments("an overlong UTF-8 slash", get("/connectors?name=%C0%AF"), 400, notUtf8("name", "%C0%AF")),
                arguments(
                        "a UTF-8 encoded surrogate",
                        get("/connectors?name=%ED%A0%80"),
                        400,
                        notUtf8("name", "%ED%A0%80")),
                arguments(
                        "a truncated UTF-8 sequence", get("/connectors?types=%E2%82"), 400, notUtf8("types", "%E2%82")),
                arguments(
                        "a broken escape in the query",
                        get("/connectors?name=%zz"),
                        400,
                        error(ApiError.INVALID_QUERY_PARAMETER, "name", "%zz", "it has a broken percent escape.")),
                arguments("a broken escape in the path", get("/conn%zzectors"), 400, error(ApiError.INVALID_URL)),
                arguments(
                        "an escape that is not UTF-8 as an id",
                        get("/connectors/%FF"),
                        400,
                        error(ApiError.INVALID_CONNECTOR_ID, "\ufffd")),
                arguments(
                        "bytes that are not UTF-8 in the JSON body",
                        post(VALIDATE, bytes("{\"user\":\"", new byte[] {(byte) 0xff, (byte) 0xfe}, "\"}")),
                        400,
                        malformed(1, 11)),
                arguments("a raw NUL in the URL", get("/connectors/2\u0000"), 400, error(ApiError.INVALID_URL)),
                arguments(
                        "an escaped NUL as an id",
                        get("/connectors/%00"),
                        400,
                        error(ApiError.INVALID_CONNECTOR_ID, "\u0000")),
                arguments("an escaped NUL as a name", get("/connectors?name=%00"), 200, NO_MATCH),
                arguments(
                        "a NUL in a header value",
                        get("/connectors/2", "X-Trace: a\u0000b"),
                        400,
                        error(ApiError.MALFORMED_REQUEST)),
                arguments(
                        "a raw NUL inside a JSON string",
                        post(VALIDATE, "{\"user\":\"a\u0000b\"}"),
                        400,
                        malformed(1, 11)),
                arguments(
                        "an escaped NUL inside a JSON string",
                        post(VALIDATE, "{\"user\":\"user-\\u0000\\u0000\",\"password\":\"123456\"}"),
                        200,
                        "{\"parameters\":{\"user\":\"user-\\u0000\\u0000\",\"password\":\"********\"},\"errors\":[]}"));
    }

    static Stream<Arguments> pathTraversal() {
        return Stream.of(
                arguments(
                        "dot segments to a route of another method",
                        get("/connectors/../auth"),
                        405,
                        error(ApiError.METHOD_NOT_ALLOWED, "GET")),
                arguments(
                        "encoded dot segments",
                        get("/connectors/%2e%2e/auth"),
                        405,
                        error(ApiError.METHOD_NOT_ALLOWED, "GET")),
                arguments(
                        "dot segments to the administration API",
                        get("/connectors/../admin/connectors"),
                        403,
                        error(ApiError.FORBIDDEN_ROLE, "admin")),
                arguments(
                        "dot segments above the root", get("/../../etc/passwd"), 404, error(ApiError.ROUTE_NOT_FOUND)),
                arguments(
                        "an encoded slash in an id",
                        get("/connectors/2%2Fvalidate"),
                        400,
                        error(ApiError.INVALID_CONNECTOR_ID, "2/validate")),
                arguments(
                        "encoded slashes and dots in an id",
                        get("/connectors/..%2F..%2Fetc%2Fpasswd"),
                        400,
                        error(ApiError.INVALID_CONNECTOR_ID, "../../etc/passwd")),
                arguments("an encoded slash in a route", get("/connectors%2F2"), 404, error(ApiError.ROUTE_NOT_FOUND)),
                arguments(
                        "double-encoded dots",
                        get("/connectors/%252e%252e"),
                        400,
                        error(ApiError.INVALID_CONNECTOR_ID, "%2e%2e")),
                arguments(
                        "backslashes",
                        get("/connectors/2%5C..%5Cauth"),
                        400,
                        error(ApiError.INVALID_CONNECTOR_ID, "2\\..\\auth")),
                arguments(
                        "a path parameter",
                        get("/connectors/2;jsessionid=1"),
                        400,
                        error(ApiError.INVALID_CONNECTOR_ID, "2;jsessionid=1")));
    }

    static Stream<Arguments> queryParameters() {
        return Stream.of(
                arguments(
                        "a flag sent twice, differently",
                        get("/connectors?sandbox=true&sandbox=false"),
                        400,
                        error(ApiError.CONFLICTING_QUERY_PARAMETER, "sandbox")),
                arguments(
                        "a page sent twice, differently",
                        get("/connectors?page=1&page=2"),
                        400,
                        error(ApiError.CONFLICTING_QUERY_PARAMETER, "page")),
                arguments(
                        "a name sent twice, differently",
                        get("/connectors?name=ita&name=bra"),
                        400,
                        error(ApiError.CONFLICTING_QUERY_PARAMETER, "name")),
                arguments(
                        "healthDetails sent twice, differently",
                        get("/connectors/2?healthDetails=true&healthDetails=false"),
                        400,
                        error(ApiError.CONFLICTING_QUERY_PARAMETER, "healthDetails")),
                arguments(
                        "a bad type among good ones in two forms",
                        get("/connectors?types[0]=PERSONAL_BANK&types=SAVINGS"),
                        400,
                        error(
                                ApiError.INVALID_QUERY_PARAMETER,
                                "types",
                                "SAVINGS",
                                "a type is one of PERSONAL_BANK, BUSINESS_BANK, INVOICE, INVESTMENT, TELECOMMUNICATION,"
                                        + " DIGITAL_ECONOMY, PAYMENT_ACCOUNT, OTHER.")),
                arguments(
                        "a JSON array that is not closed",
                        get("/connectors?countries=%5B%22BR%22"),
                        400,
                        error(
                                ApiError.INVALID_QUERY_PARAMETER,
                                "countries",
                                "[\"BR\"",
                                "a JSON array must look like [\"A\",\"B\"].")),
                arguments(
                        "a JSON array of objects",
                        get("/connectors?countries=%5B%7B%7D%5D"),
                        400,
                        error(
                                ApiError.INVALID_QUERY_PARAMETER,
                                "countries",
                                "[{}]",
                                "a JSON array may hold only strings.")));
    }

    static Stream<Arguments> hugeIds() {
        return Stream.of(
                        "1e400",
                        "2147483648",
                        "99999999999999999999999999999",
                        "-1",
                        "0x10",
                        "2.5",
                        "Infinity",
                        "NaN",
                        "%EF%BC%92",
                        "%D9%A2")
                .map(id -> arguments(
                        "id " + id,
                        get("/connectors/" + id),
                        400,
                        error(ApiError.INVALID_CONNECTOR_ID, java.net.URLDecoder.decode(id, StandardCharsets.UTF_8))));
    }

    static Stream<Arguments> metacharactersInName() {
        return Stream.of(
                        "%27%20OR%20%271%27%3D%271",
                        "%3B%20DROP%20TABLE%20connectors%3B--",
                        "Ita_",
                        "%25",
                        ".*",
                        "(",
                        "%5Ba-z%5D%2B",
                        "%5C",
                        "(a%2B)%2B%24",
                        "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D")
                .map(name -> arguments("name " + name, get("/connectors?name=" + name), 200, NO_MATCH));
    }

    static Stream<Arguments> tokens() {
        String forbidden = error(ApiError.NOT_AUTHENTICATED);
        return Stream.of(
                        arguments("alg none", forged.algNone()),
                        arguments("a header that is JSON null", forged.nullHeader()),
                        arguments("a wrong signature", forged.wrongSignature()),
                        arguments("a future iat", forged.issuedInTheFuture()),
                        arguments("an expired exp", forged.expired()),
                        arguments("a rotated-out key", forged.signedByARotatedOutKey()),
                        arguments("HS512", forged.otherAlgorithm()),
                        arguments("no kid", forged.withoutKeyId()),
                        arguments("no exp", forged.withoutExpiry()),
                        arguments("a nested clientId", forged.nestedClientId()),
                        arguments("a clientId that is not a UUID", forged.clientIdNotAUuid()),
                        arguments("three dots", "..."),
                        arguments("a Bearer prefix", "Bearer " + server.apiKey),
                        arguments("a key of 5,000 characters", server.apiKey + "a".repeat(5_000)))
                .map(Arguments::get)
                .map(a -> arguments("token with " + a[0], getWithKey("/connectors/2", (String) a[1]), 403, forbidden));
    }

    static Stream<Arguments> brokenHttp() {
        String key = "X-API-KEY: " + server.apiKey + "\r\n";
        return Stream.of(
                arguments(
                        "the key sent twice, the valid one first",
                        get("/connectors/2", "X-API-KEY: forged"),
                        403,
                        error(ApiError.NOT_AUTHENTICATED)),
                arguments(
                        "no Host",
                        raw("GET /connectors/2 HTTP/1.1\r\n" + key + "\r\n"),
                        400,
                        error(ApiError.INVALID_HOST)),
                arguments(
                        "two Hosts",
                        raw("GET /connectors/2 HTTP/1.1\r\nHost: a\r\nHost: b\r\n" + key + "\r\n"),
                        400,
                        error(ApiError.INVALID_HOST)),
                arguments(
                        "a folded Host",
                        raw("GET /connectors/2 HTTP/1.1\r\nHost: a\r\n b\r\n" + key + "\r\n"),
                        400,
                        error(ApiError.INVALID_HOST)),
                arguments(
                        "a space in a header name",
                        get("/connectors/2", "X Trace: 1"),
                        400,
                        error(ApiError.MALFORMED_REQUEST)),
                arguments(
                        "a Content-Length that is not a number",
                        raw("POST " + VALIDATE + " HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n" + key + "\r\n{}"),
                        400,
                        error(ApiError.MALFORMED_REQUEST)),
                arguments(
                        "two different Content-Lengths",
                        raw("POST " + VALIDATE + " HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 3\r\n"
                                + key + "\r\n{}"),
                        400,
                        error(ApiError.MALFORMED_REQUEST)),
                arguments(
                        "a Content-Length beyond long",
                        raw("POST " + VALIDATE + " HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n"
                                + key + "\r\n{}"),
                        400,
                        error(ApiError.MALFORMED_REQUEST)),
                arguments(
                        "a request line of garbage",
                        raw("\u0001\u0002 garbage\r\n\r\n"),
                        400,
                        error(ApiError.MALFORMED_REQUEST)),
                arguments(
                        "an expectation other than 100-continue",
                        raw("POST " + VALIDATE + " HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                                + "Expect: 200-ok\r\nContent-Length: 2\r\n" + key + "\r\n{}"),
                        417,
                        error(ApiError.EXPECTATION_FAILED)),
                arguments(
                        "TRACE",
                        raw("TRACE /connectors/2 HTTP/1.1\r\nHost: a\r\n" + key + "\r\n"),
                        405,
                        error(ApiError.METHOD_NOT_ALLOWED, "TRACE")),
                arguments(
                        "a made-up method",
                        raw("BREW /connectors/2 HTTP/1.1\r\nHost: a\r\n" + key + "\r\n"),
                        405,
                        error(ApiError.METHOD_NOT_ALLOWED, "BREW")));
    }

    /** The control: the same raw requests, with nothing wrong in them, get their normal answers. */
    @Test
    void the_raw_requests_are_answered_normally_when_nothing_is_wrong() {
        RawHttp.Response read = RawHttp.exchange(server.server.port(), getWithKey("/connectors/2", server.apiKey));
        RawHttp.Response validated = RawHttp.exchange(
                server.server.port(), post(VALIDATE, "{\"user\":\"user-ok\",\"password\":\"123456\"}"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(healthyAnswer);
        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.body())
                .isEqualTo("{\"parameters\":{\"user\":\"user-ok\",\"password\":\"********\"},\"errors\":[]}");
    }

    @Test
    void a_broken_chunk_closes_the_connection_without_an_answer_and_the_server_stays_healthy() {
        byte[] request = raw("POST " + VALIDATE + " HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nX-API-KEY: " + server.apiKey + "\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        RawHttp.Response response = RawHttp.exchange(server.server.port(), request);

        assertThat(response.status()).isEqualTo(-1);
        assertHealthy();
    }

    /** Known limit: Vert.x answers a version other than HTTP/1.0 and 1.1 itself, before any handler. */
    @Test
    void an_unknown_http_version_gets_vertx_s_empty_501_and_the_server_stays_healthy() {
        RawHttp.Response response = RawHttp.exchange(
                server.server.port(),
                "GET /connectors/2 HTTP/9.9\r\nHost: a\r\nX-API-KEY: " + server.apiKey + "\r\n\r\n");

        assertThat(response.status()).isEqualTo(501);
        assertThat(response.body()).isEmpty();
        assertHealthy();
    }

    static void assertHealthy() {
        HttpResponse<String> normal = server.get("/connectors/2");

        assertThat(normal.statusCode()).isEqualTo(200);
        assertThat(normal.body()).isEqualTo(healthyAnswer);
    }

    // --- requests -------------------------------------------------------------------------------

    static byte[] get(String target, String... headers) {
        return getWithKey(target, server.apiKey, headers);
    }

    static byte[] getWithKey(String target, String key, String... headers) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        request.append("X-API-KEY: ").append(key).append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return raw(request.append("\r\n").toString());
    }

    static byte[] post(String path, String json) {
        return post(path, "application/json", json);
    }

    static byte[] post(String path, byte[] json) {
        return bytes(head(path, "application/json", json.length), json, "");
    }

    static byte[] post(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return bytes(head(path, contentType, bytes.length), bytes, "");
    }

    static byte[] chunked(String path, String body) {
        StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < body.length(); i += 8192) {
            String chunk = body.substring(i, Math.min(body.length(), i + 8192));
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        return raw(request.append("0\r\n\r\n").toString());
    }

    private static String head(String path, String contentType, int length) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + server.apiKey + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + length + "\r\n\r\n";
    }

    static String[] manyHeaders(int count) {
        String[] headers = new String[count];
        for (int i = 0; i < count; i++) {
            headers[i] = "X-Header-" + i + ": " + "v".repeat(20);
        }
        return headers;
    }

    /** Text as bytes one for one (ISO-8859-1), so {@code \u00ff} is the byte 0xFF on the wire. */
    static byte[] raw(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // --- expected bodies ------------------------------------------------------------------------

    static String error(ApiError error, Object... args) {
        return new String(ErrorBody.of(error, error.message(args)).toBytes(), StandardCharsets.UTF_8);
    }

    static String malformed(int line, int column) {
        return error(ApiError.MALFORMED_JSON, "unexpected content at line " + line + ", column " + column + ".");
    }

    static String notUtf8(String parameter, String value) {
        return error(
                ApiError.INVALID_QUERY_PARAMETER, parameter, value, "its percent escapes are not UTF-8 (ú is %C3%BA).");
    }
}

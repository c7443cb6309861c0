package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.http.console.ConsoleAssets;
import dev.plugboard.http.wire.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /console}: the page for every console address and its files, served without a key,
 * with the content types, caching and Content-Security-Policy the browser needs; nothing else.
 */
class ConsoleRoutesTest {
    static final String NOT_FOUND = "{\"code\":404,\"codeDescription\":\"NOT_FOUND\",\"message\":\""
            + ApiError.ROUTE_NOT_FOUND.message() + "\"}";
    static final Pattern IMPORT = Pattern.compile("from '\\./([a-z-]+\\.js)'|import\\('\\./([a-z-]+\\.js)'\\)");
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Without a key: the console's files hold nothing secret, and it asks for the key itself. */
    static HttpResponse<String> anonymous(String path) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).GET().build());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream("console/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/console",
                "/console/",
                "/console/connectors/2",
                "/console/connectors/201/edit",
                "/console/import",
                "/console/audit",
                "/console?name=itau&types=PERSONAL_BANK"
            })
    void every_console_address_is_the_console_page_with_its_security_headers(String path) throws IOException {
        HttpResponse<String> response = anonymous(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(resource("index.html"));
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .contains(ConsoleAssets.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void the_page_links_to_the_api_reference_which_the_server_serves() throws IOException {
        assertThat(resource("index.html")).contains("<a href=\"/docs\" id=\"api-reference\">API reference</a>");

        HttpResponse<String> reference = anonymous("/docs");
        assertThat(reference.statusCode()).isEqualTo(200);
        assertThat(reference.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    }

    @Test
    void the_policy_allows_scripts_and_styles_from_the_server_only_and_images_from_anywhere() {
        assertThat(ConsoleAssets.CONTENT_SECURITY_POLICY)
                .isEqualTo("default-src 'none'; script-src 'self'; style-src 'self'; img-src * data:;"
                        + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    }

    @Test
    void the_page_has_no_inline_script_or_style_which_the_policy_would_block() throws IOException {
        String page = resource("index.html");

        assertThat(page).doesNotContain("<style", "style=", "onclick", "javascript:");
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(page).find())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "app.js:text/javascript; charset=utf-8",
                "console.css:text/css; charset=utf-8",
                "favicon.svg:image/svg+xml"
            })
    void files_are_served_with_their_content_type(String fileAndType) throws IOException {
        String file = fileAndType.substring(0, fileAndType.indexOf(':'));
        HttpResponse<String> response = anonymous("/console/assets/" + file);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(resource("assets/" + file));
        assertThat(response.headers().firstValue("Content-Type"))
                .contains(fileAndType.substring(fileAndType.indexOf(':') + 1));
        assertThat(response.headers().firstValue("ETag")).get().asString().matches("\"[A-Za-z0-9_-]{16}\"");
    }

    @Test
    void every_module_a_script_imports_is_served() throws IOException {
        List<String> pending = new ArrayList<>(List.of("app.js"));
        List<String> served = new ArrayList<>();
        while (!pending.isEmpty()) {
            String module = pending.remove(0);
            if (served.contains(module)) {
                continue;
            }
            HttpResponse<String> response = anonymous("/console/assets/" + module);
            assertThat(response.statusCode()).as(module).isEqualTo(200);
            served.add(module);
            Matcher imports = IMPORT.matcher(response.body());
            while (imports.find()) {
                pending.add(imports.group(1) != null ? imports.group(1) : imports.group(2));
            }
        }

        assertThat(served)
                .containsExactlyInAnyOrder(
                        "app.js",
                        "api.js",
                        "dom.js",
                        "catalog.js",
                        "connector.js",
                        "credential-form.js",
                        "health.js",
                        "health-chart.js",
                        "edit.js",
                        "import.js",
                        "audit.js");
    }

    @Test
    void a_file_the_browser_has_already_is_answered_304_by_its_etag() {
        String etag =
                anonymous("/console/assets/app.js").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri("/console/assets/app.js"))
                .header("If-None-Match", etag)
                .GET()
                .build());
        HttpResponse<String> changed = server.send(HttpRequest.newBuilder(server.uri("/console/assets/app.js"))
                .header("If-None-Match", "\"another\"")
                .GET()
                .build());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(changed.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/console/assets/missing.js",
                "/console/assets/../index.html",
                "/console/assets/%2e%2e/%2e%2e/logback-test.xml",
                "/console/assets/app.JS",
                "/console/index.html",
                "/console/connectors/abc",
                "/console/settings",
                "/consoles"
            })
    void anything_else_under_console_is_the_ordinary_404(String path) {
        HttpResponse<String> response = anonymous(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(NOT_FOUND);
    }

    @Test
    void the_console_is_read_only_so_other_methods_are_405_allowing_get() {
        HttpResponse<String> post = server.send(HttpRequest.newBuilder(server.uri("/console/import"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET");
    }
}

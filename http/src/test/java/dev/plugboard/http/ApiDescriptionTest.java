package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plugboard.http.PlugboardSchemas.Operation;
import dev.plugboard.http.description.ApiDescription;
import dev.plugboard.http.wire.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the code: every route of the route table is documented and every
 * documented operation is routed; every example validates against its own schema; every error the
 * server can send has an example; the document is served as JSON and YAML, and the reference page
 * with only local assets, all without a key.
 */
class ApiDescriptionTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Set<String> ERROR_SCHEMAS = Set.of(
            "#/components/schemas/GlobalErrorResponse",
            "#/components/schemas/NotAuthenticatedResponse",
            "#/components/schemas/WebhookCreationErrorResponse");
    /** Statuses of 400 and over whose body is not the error envelope, and why. */
    static final Map<String, String> NOT_AN_ERROR =
            Map.of("health-ready 503", "the readiness report: a probe reads the status, an operator the failed check");

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Routes routes() {
        return new Routes(server.dependencies(), 1024);
    }

    /** {@code GET /connectors/:id} as OpenAPI writes it: {@code GET /connectors/{id}}. */
    static String openApiForm(Routes.Endpoint endpoint) {
        return endpoint.method().name() + " " + endpoint.path().replaceAll(":([A-Za-z]+)", "{$1}");
    }

    static HttpResponse<String> anonymous(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.send(request.build());
    }

    /**
     * Whether a documented operation ({@code GET /console/import}) is one a wildcard route
     * ({@code GET /console/*}, which serves its own path and every path under it) serves.
     */
    static boolean underWildcard(String documented, String route) {
        if (!route.endsWith("/*")) {
            return false;
        }
        String prefix = route.substring(0, route.length() - 2);
        return documented.equals(prefix) || documented.startsWith(prefix + "/");
    }

    @Test
    void every_route_of_the_table_is_documented_and_every_documented_operation_is_routed() {
        Set<String> routed =
                routes().table().stream().map(ApiDescriptionTest::openApiForm).collect(Collectors.toSet());
        Set<String> documented = PlugboardSchemas.operations().stream()
                .map(op -> op.method().toUpperCase(java.util.Locale.ROOT) + " " + op.path())
                .collect(Collectors.toSet());

        assertThat(documented.stream()
                        .filter(op ->
                                !routed.contains(op) && routed.stream().noneMatch(route -> underWildcard(op, route))))
                .as("documented operations without a route")
                .isEmpty();
        assertThat(routed.stream()
                        .filter(route -> !documented.contains(route)
                                && documented.stream().noneMatch(op -> underWildcard(op, route))))
                .as("routes missing from the document")
                .isEmpty();
        assertThat(documented.stream().filter(op -> underWildcard(op, "GET /console/*")))
                .as("the console's pages and files, each answered in OpenApiConformanceTest")
                .containsExactlyInAnyOrder(
                        "GET /console",
                        "GET /console/connectors/{id}",
                        "GET /console/connectors/{id}/edit",
                        "GET /console/import",
                        "GET /console/audit",
                        "GET /console/assets/{asset}");
    }

    @Test
    void a_wildcard_route_covers_its_own_path_and_those_under_it_only() {
        assertThat(underWildcard("GET /console", "GET /console/*")).isTrue();
        assertThat(underWildcard("GET /console/assets/{asset}", "GET /console/*"))
                .isTrue();
        assertThat(underWildcard("GET /consoles", "GET /console/*")).isFalse();
        assertThat(underWildcard("POST /console", "GET /console/*")).isFalse();
        assertThat(underWildcard("GET /console", "GET /console")).isFalse();
    }

    @Test
    void every_path_parameter_is_documented_once_and_operation_ids_are_unique() {
        List<String> ids = new ArrayList<>();
        for (Operation op : PlugboardSchemas.operations()) {
            ids.add(op.id());
            Set<String> inPath = new TreeSet<>();
            Matcher names = Pattern.compile("\\{([A-Za-z]+)}").matcher(op.path());
            while (names.find()) {
                inPath.add(names.group(1));
            }
            Set<String> documented = new TreeSet<>();
            for (JsonNode parameter : op.node().path("parameters")) {
                JsonNode p = PlugboardSchemas.resolve(parameter);
                if (p.path("in").asText().equals("path")) {
                    documented.add(p.path("name").asText());
                    assertThat(p.path("required").asBoolean()).as(op.id()).isTrue();
                }
            }
            assertThat(documented).as("path parameters of " + op.id()).isEqualTo(inPath);
        }
        assertThat(ids).doesNotHaveDuplicates().doesNotContain("");
    }

    @Test
    void extensions_are_tagged_and_marked_and_pluggys_operations_are_not() {
        Set<String> extensionTags = new TreeSet<>();
        for (JsonNode tag : PlugboardSchemas.document().path("tags")) {
            if (tag.path("x-plugboard-extension").asBoolean(false)) {
                extensionTags.add(tag.path("name").asText());
                assertThat(tag.path("name").asText()).startsWith("Plugboard extensions: ");
            }
        }
        for (Operation op : PlugboardSchemas.operations()) {
            assertThat(op.node().path("tags")).as(op.id()).hasSize(1);
            String tag = op.node().path("tags").get(0).asText();
            assertThat(extensionTags.contains(tag))
                    .as(op.id() + " is tagged as an extension")
                    .isEqualTo(op.isExtension());
        }
        assertThat(PlugboardSchemas.operations().stream()
                        .filter(op -> !op.isExtension())
                        .map(Operation::id))
                .containsExactlyInAnyOrder(
                        "auth-create",
                        "connect-token-create",
                        "connectors-list",
                        "connector-retrieve",
                        "connectors-validate",
                        "webhooks-list",
                        "webhooks-create",
                        "webhooks-retrieve",
                        "webhooks-update",
                        "webhooks-delete");
    }

    @Test
    void every_operation_but_auth_the_description_the_probes_and_the_console_needs_an_api_key() {
        Set<String> open = PlugboardSchemas.operations().stream()
                .filter(op -> !op.node().has("security"))
                .map(Operation::id)
                .collect(Collectors.toSet());

        assertThat(open)
                .containsExactlyInAnyOrder(
                        "auth-create",
                        "openapi-json",
                        "openapi-yaml",
                        "docs-page",
                        "docs-asset",
                        "health-live",
                        "health-ready",
                        "console-catalog",
                        "console-connector",
                        "console-connector-edit",
                        "console-import",
                        "console-audit",
                        "console-asset");
        PlugboardSchemas.operations().stream()
                .filter(op -> op.node().has("security"))
                .forEach(op -> assertThat(op.node().get("security").toString())
                        .as(op.id())
                        .isEqualTo("[{\"default\":[]}]"));
        assertThat(PlugboardSchemas.document()
                        .at("/components/securitySchemes/default")
                        .toString())
                .startsWith("{\"type\":\"apiKey\",\"name\":\"X-API-KEY\",\"in\":\"header\"");
    }

    @Test
    void every_json_body_is_a_named_schema_and_every_error_response_has_the_envelope_and_an_example() {
        for (Operation op : PlugboardSchemas.operations()) {
            op.responses()
                    .forEach((status, response) -> response.path("content")
                            .fields()
                            .forEachRemaining(media -> {
                                String where = op.id() + " " + status + " " + media.getKey();
                                if (media.getKey().endsWith("json")) {
                                    assertThat(media.getValue().path("schema").has("$ref"))
                                            .as(where)
                                            .isTrue();
                                }
                                if ((status.startsWith("4") || status.startsWith("5"))
                                        && !NOT_AN_ERROR.containsKey(op.id() + " " + status)) {
                                    assertThat(media.getKey()).as(where).isEqualTo("application/json");
                                    assertThat(ERROR_SCHEMAS)
                                            .as(where)
                                            .contains(media.getValue()
                                                    .path("schema")
                                                    .path("$ref")
                                                    .asText());
                                    assertThat(media.getValue().path("examples").size())
                                            .as(where)
                                            .isPositive();
                                }
                            }));
            assertThat(op.responses()).as(op.id() + " documents a 500").containsKey("500");
        }
    }

    @Test
    void every_example_validates_against_its_own_schema() {
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        walkExamples(PlugboardSchemas.document(), "", (pointer, example) -> {
            checked.add(pointer);
            List<String> errors = PlugboardSchemas.errors(pointer, example);
            if (!errors.isEmpty()) {
                failures.add(pointer + " " + example + " " + errors);
            }
        });

        assertThat(failures).isEmpty();
        assertThat(checked)
                .contains(
                        "/components/responses/NotAuthenticated/content/application~1json/schema",
                        "/components/responses/WebhookRefused/content/application~1json/schema",
                        "/paths/~1connectors~1{id}/get/responses/200/content/application~1json/schema",
                        "/paths/~1connectors/get/parameters/1/schema",
                        "/components/schemas/HealthHistory",
                        "/components/schemas/ExecutionReport");
    }

    @Test
    void an_example_that_breaks_its_schema_is_caught() {
        assertThat(PlugboardSchemas.errors(
                        "/components/schemas/NotAuthenticatedResponse",
                        PlugboardSchemas.parse("{\"code\":\"403\",\"message\":\"x\"}")))
                .hasSize(1);
        assertThat(PlugboardSchemas.errors(
                        "/components/schemas/Webhook",
                        PlugboardSchemas.parse("{\"id\":\"not-a-uuid\",\"event\":\"connector/status_updated\","
                                + "\"url\":\"https://x.example\",\"disabledAt\":null,\"createdAt\":\"yesterday\","
                                + "\"updatedAt\":\"2026-12-04T10:00:00.000Z\",\"headers\":{}}")))
                .as("formats are asserted")
                .hasSize(2);
    }

    @Test
    void every_error_the_server_sends_has_an_example_in_the_document() {
        List<JsonNode> examples = new ArrayList<>();
        walkExamples(PlugboardSchemas.document(), "", (pointer, example) -> examples.add(example));

        List<ApiError> withoutExample = new ArrayList<>();
        for (ApiError error : ApiError.values()) {
            Pattern message = template(error.template());
            if (examples.stream()
                    .noneMatch(example -> example.path("code").asInt() == error.status()
                            && error.codeDescription()
                                    .map(d -> d.equals(
                                            example.path("codeDescription").asText()))
                                    .orElse(!example.has("codeDescription"))
                            && message.matcher(example.path("message").asText()).matches())) {
                withoutExample.add(error);
            }
        }

        assertThat(withoutExample).as("errors without an example").isEmpty();
    }

    /** A message template as a pattern: {@code %s} is any text, {@code %d} a number. */
    static Pattern template(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = Pattern.compile("%[sd%]").matcher(template);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(template.substring(last, placeholder.start())));
            regex.append(
                    switch (placeholder.group()) {
                        case "%s" -> ".+";
                        case "%d" -> "[0-9]+";
                        default -> "%";
                    });
            last = placeholder.end();
        }
        return Pattern.compile(regex + Pattern.quote(template.substring(last)), Pattern.DOTALL);
    }

    interface ExampleVisitor {
        void visit(String schemaPointer, JsonNode example);
    }

    /**
     * Every example of the document with the pointer of the schema it illustrates: those of media
     * types and parameters ({@code example}, or {@code examples} whose values may be references)
     * and those of schemas ({@code examples}, an array).
     */
    static void walkExamples(JsonNode node, String pointer, ExampleVisitor visitor) {
        if (!node.isObject()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walkExamples(node.get(i), pointer + "/" + i, visitor);
                }
            }
            return;
        }
        if (node.has("schema")) {
            if (node.has("example")) {
                visitor.visit(pointer + "/schema", node.get("example"));
            }
            node.path("examples")
                    .elements()
                    .forEachRemaining(example -> visitor.visit(
                            pointer + "/schema",
                            PlugboardSchemas.resolve(example).get("value")));
        } else if (node.path("examples").isArray()) {
            node.get("examples").forEach(example -> visitor.visit(pointer, example));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            boolean exampleValues = key.equals("example") || key.equals("examples");
            if (!exampleValues && !key.startsWith("x-") && !pointer.equals("/components/examples")) {
                walkExamples(field.getValue(), pointer + "/" + PlugboardSchemas.escape(key), visitor);
            }
        }
    }

    @Test
    void the_document_is_served_as_json_and_as_the_yaml_it_is_written_in_without_a_key() throws IOException {
        HttpResponse<String> json = anonymous("/openapi.json");
        HttpResponse<String> yaml = anonymous("/openapi.yaml");
        byte[] written;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ApiDescription.RESOURCE)) {
            written = in.readAllBytes();
        }

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(json.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type")).contains("application/yaml; charset=utf-8");
        assertThat(yaml.body()).isEqualTo(new String(written, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(PlugboardSchemas.parse(json.body())).isEqualTo(YAML.readTree(yaml.body()));
        assertThat(PlugboardSchemas.parse(json.body()).path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(PlugboardSchemas.errors("/components/schemas/OpenApiDocument", PlugboardSchemas.parse(json.body())))
                .isEmpty();
    }

    @Test
    void the_reference_page_loads_only_assets_of_this_server() {
        HttpResponse<String> page = anonymous("/docs");
        HttpResponse<String> withSlash = anonymous("/docs/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(withSlash.body()).isEqualTo(page.body());
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                        + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none';"
                        + " form-action 'none'; frame-ancestors 'none'");
        List<String> references = new ArrayList<>();
        Matcher reference = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        while (reference.find()) {
            references.add(reference.group(1));
        }
        assertThat(references)
                .containsExactly(
                        "/docs/favicon.png",
                        "/docs/swagger-ui.css",
                        "/openapi.yaml",
                        "/openapi.json",
                        "/docs/swagger-ui-bundle.js",
                        "/docs/docs.js");
        Map<String, String> types = Map.of(
                "/docs/favicon.png", "image/png",
                "/docs/swagger-ui.css", "text/css; charset=utf-8",
                "/docs/swagger-ui-bundle.js", "text/javascript; charset=utf-8",
                "/docs/docs.js", "text/javascript; charset=utf-8");
        types.forEach((asset, type) -> {
            HttpResponse<String> response = anonymous(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(asset).contains(type);
        });
        String script = anonymous("/docs/docs.js").body();
        assertThat(script).contains("url: '/openapi.json'").contains("validatorUrl: null");
        assertThat(anonymous("/docs/swagger-ui-bundle.js").body()).contains("SwaggerUIBundle");
    }

    @Test
    void an_asset_is_revalidated_by_its_entity_tag_and_an_unknown_one_is_a_404() {
        HttpResponse<String> first = anonymous("/docs/swagger-ui.css");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = anonymous("/docs/swagger-ui.css", "If-None-Match", etag);
        HttpResponse<String> changed = anonymous("/docs/swagger-ui.css", "If-None-Match", "\"other\"");
        HttpResponse<String> unknown = anonymous("/docs/index.html");
        HttpResponse<String> page = anonymous("/docs/docs");

        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo(first.body());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body())
                .isEqualTo("{\"code\":404,\"codeDescription\":\"NOT_FOUND\",\"message\":\""
                        + ApiError.ROUTE_NOT_FOUND.message() + "\"}");
        assertThat(page.statusCode()).isEqualTo(404);
    }
}

package dev.plugboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.plugboard.http.description.ApiDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plugboard's own OpenAPI document, as the server serves it, read as JSON Schema (the OpenAPI 3.1
 * dialect, with formats such as {@code date-time} and {@code uuid} asserted): any schema of the
 * document, named by its JSON pointer, validates a value. Also walks the document: its operations
 * and their responses, with {@code $ref}s followed.
 */
final class PlugboardSchemas {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    /** The document is registered under this id, so no file or network access is needed. */
    private static final String ID = "https://plugboard.test/plugboard-openapi.json";

    private static final JsonNode DOCUMENT = ApiDescription.bundled().tree();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build())
                    .schemas(Map.of(ID, DOCUMENT.toString())));
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    /** One operation of the document. */
    record Operation(String method, String path, JsonNode node) {
        String id() {
            return node.path("operationId").asText();
        }

        String pointer() {
            return "/paths/" + escape(path) + "/" + method;
        }

        boolean isExtension() {
            return node.path("x-plugboard-extension").asBoolean(false);
        }

        /** Status to response, {@code $ref}s followed, in the document's order. */
        Map<String, JsonNode> responses() {
            Map<String, JsonNode> responses = new LinkedHashMap<>();
            node.path("responses").fields().forEachRemaining(e -> responses.put(e.getKey(), resolve(e.getValue())));
            return responses;
        }

        /** The JSON pointer of the schema of this status and media type (possibly a {@code $ref}). */
        String schemaPointer(String status, String mediaType) {
            JsonNode response = node.path("responses").path(status);
            String base = response.has("$ref")
                    ? response.get("$ref").asText().substring(1)
                    : pointer() + "/responses/" + status;
            return base + "/content/" + escape(mediaType) + "/schema";
        }
    }

    private PlugboardSchemas() {}

    static JsonNode document() {
        return DOCUMENT;
    }

    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        DOCUMENT.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (METHODS.contains(op.getKey())) {
                        operations.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
                    }
                }));
        return operations;
    }

    static Operation operation(String id) {
        return operations().stream()
                .filter(op -> op.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + id));
    }

    /** Every error of {@code value} against the schema at {@code pointer} (a JSON pointer into the document). */
    static List<String> errors(String pointer, JsonNode value) {
        Schema schema = CACHE.computeIfAbsent(pointer, p -> REGISTRY.getSchema(SchemaLocation.of(ID + "#" + p)));
        return schema.validate(value).stream().map(Error::toString).toList();
    }

    /** The node at a JSON pointer, {@code $ref}s followed. */
    static JsonNode at(String pointer) {
        return resolve(DOCUMENT.at(pointer));
    }

    /** A node with its {@code $ref} (and those it leads to) followed. */
    static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; current.has("$ref") && i < 10; i++) {
            current = DOCUMENT.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** A JSON pointer segment. */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}

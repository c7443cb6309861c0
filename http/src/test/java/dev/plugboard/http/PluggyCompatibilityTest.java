package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.http.PlugboardSchemas.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Plugboard's document against Pluggy's own ({@code contract/pluggy-openapi.json}): the same
 * operation ids, tags, security, parameters and request and response shapes for Pluggy's Auth,
 * Connector and Webhook operations. Every difference found is listed in {@link #DIVERGENCES} with
 * its reason, and the list must be exactly what is found, so a new difference fails and so does a
 * stale entry.
 *
 * <p>Answers are compatible when a client of Pluggy's document reads them: every property Pluggy
 * declares is there with its type, its required ones are required, enums send no other value.
 * Requests are compatible when everything Pluggy's document lets a client send is accepted: no
 * parameter or property demanded that Pluggy does not demand, every enum value accepted.
 * Extra optional parameters and properties are allowed (clients ignore fields they do not know);
 * {@link #extra_fields_of_pluggys_schemas_are_marked_as_extensions_or_known_to_pluggy} accounts
 * for each of them.
 */
class PluggyCompatibilityTest {
    /** Each difference from Pluggy's document, and why it is right. */
    static final Map<String, String> DIVERGENCES = Map.of(
            "ConnectorHealth.stage: adds null",
            "every real payload has \"stage\":null (contract §3); Pluggy's schema says string",
            "ConnectorHealth.details.connectionRateLast6Hours: adds null",
            "Pluggy's own description: \"The value will be null if there were no connections\"",
            "Webhook.disabledAt: adds null",
            "Pluggy's own example shows \"disabledAt\": null for an enabled webhook",
            "ConnectorCredential.type: enum adds [ethaddress, hcaptcha]",
            "the catalog may hold them: Pluggy's SDKs have both (contract §8); the bundled catalog uses none",
            "WebhookEventType: enum refuses 31 of Pluggy's values",
            "Plugboard sends only connector/status_updated, and refuses the rest with a 400 that says so",
            "WebhookCreationErrorResponse.errors: missing",
            "Pluggy's create answer names ItemCreationErrorResponse, whose item-validation errors never apply to a"
                    + " webhook; its update answer names WebhookCreationErrorResponse, which has no errors",
            "webhooks-list 204: not sent",
            "the list is always 200, with an empty results array when there are none");

    /** Fields of Pluggy's schemas that real payloads carry though Pluggy's document omits them. */
    static final Set<String> KNOWN_TO_PLUGGY = Set.of(
            "Connector.isSandbox",
            "ConnectorCredential.optional",
            "ConnectorCredential.instructions",
            "ConnectorCredential.expiresAt",
            "ConnectorHealth.details.error",
            "ParameterValidationError.data",
            "AuthRequest.nonExpiring");

    static final JsonNode PLUGGY = read(pluggyDocument());
    static final JsonNode OURS = PlugboardSchemas.document();

    static Path pluggyDocument() {
        String dir = System.getProperty("plugboard.contract.dir");
        return (dir != null ? Path.of(dir) : Path.of("..", "contract"))
                .resolve("pluggy-openapi.json")
                .toAbsolutePath()
                .normalize();
    }

    static JsonNode read(Path file) {
        try {
            return PlugboardSchemas.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pluggys_auth_connector_and_webhook_operations_are_all_here_with_their_ids() {
        Map<String, String> pluggys = new TreeMap<>();
        PLUGGY.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String tag = op.getValue().path("tags").path(0).asText();
                    if (Set.of("Auth", "Connector", "Webhook").contains(tag)) {
                        pluggys.put(
                                op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                                op.getValue().path("operationId").asText());
                    }
                }));
        Map<String, String> ours = new TreeMap<>();
        PlugboardSchemas.operations().stream()
                .filter(op -> !op.isExtension())
                .forEach(op -> ours.put(op.method().toUpperCase(java.util.Locale.ROOT) + " " + op.path(), op.id()));

        assertThat(ours).isEqualTo(pluggys).hasSize(10);
        PlugboardSchemas.operations().stream()
                .filter(Operation::isExtension)
                .forEach(op -> assertThat(PLUGGY.path("paths").path(op.path()).has(op.method()))
                        .as(op.id() + " is an extension, so Pluggy has no such operation")
                        .isFalse());
    }

    @Test
    void the_security_scheme_is_pluggys() {
        assertThat(OURS.at("/components/securitySchemes/default/type"))
                .isEqualTo(PLUGGY.at("/components/securitySchemes/default/type"));
        assertThat(OURS.at("/components/securitySchemes/default/name"))
                .isEqualTo(PLUGGY.at("/components/securitySchemes/default/name"));
        assertThat(OURS.at("/components/securitySchemes/default/in"))
                .isEqualTo(PLUGGY.at("/components/securitySchemes/default/in"));
    }

    @Test
    void pluggys_operations_differ_only_as_listed() {
        Set<String> differences = new TreeSet<>();
        for (Operation op : PlugboardSchemas.operations()) {
            JsonNode theirs = PLUGGY.path("paths").path(op.path()).path(op.method());
            if (!op.isExtension() && !theirs.isMissingNode()) {
                new Comparison(differences).operation(op, theirs);
            }
        }

        assertThat(differences).containsExactlyInAnyOrderElementsOf(DIVERGENCES.keySet());
    }

    @Test
    void the_comparison_finds_a_changed_type_a_dropped_property_and_a_new_required_parameter() {
        Set<String> differences = new TreeSet<>();
        Comparison comparison = new Comparison(differences);
        ObjectNode theirs = PlugboardSchemas.object();
        theirs.put("type", "object").putObject("properties").putObject("id").put("type", "number");
        ((ObjectNode) theirs.get("properties")).putObject("name").put("type", "string");
        theirs.putArray("required").add("id");
        ObjectNode ours = PlugboardSchemas.object();
        ours.put("type", "object").putObject("properties").putObject("id").put("type", "string");

        comparison.schema(theirs, ours, "X", true);

        assertThat(differences)
                .containsExactly("X.id: not required", "X.id: type [number] → [string]", "X.name: missing");
    }

    @Test
    void extra_fields_of_pluggys_schemas_are_marked_as_extensions_or_known_to_pluggy() {
        List<String> unaccounted = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        OURS.path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode theirs = PLUGGY.path("components").path("schemas").path(schema.getKey());
            if (!theirs.isMissingNode()) {
                extras(schema.getKey(), merged(schema.getValue(), OURS), merged(theirs, PLUGGY), unaccounted, known);
            }
        });

        assertThat(unaccounted).isEmpty();
        assertThat(known).isEqualTo(KNOWN_TO_PLUGGY);
    }

    private static void extras(
            String path, JsonNode ours, JsonNode theirs, List<String> unaccounted, Set<String> known) {
        ours.path("properties").fields().forEachRemaining(property -> {
            String where = path + "." + property.getKey();
            JsonNode their = theirs.path("properties").path(property.getKey());
            boolean marked = property.getValue().path("x-plugboard-extension").asBoolean(false);
            if (their.isMissingNode()) {
                if (KNOWN_TO_PLUGGY.contains(where)) {
                    known.add(where);
                    assertThat(marked)
                            .as(where + " is Pluggy's, not an extension")
                            .isFalse();
                } else if (!marked) {
                    unaccounted.add(where);
                }
            } else {
                assertThat(marked).as(where + " is in Pluggy's document").isFalse();
                JsonNode inner = merged(property.getValue(), OURS);
                if (inner.has("properties") && !property.getValue().has("$ref")) {
                    extras(where, inner, merged(their, PLUGGY), unaccounted, known);
                }
            }
        });
    }

    /** A schema with its {@code $ref} followed and its {@code allOf} parts merged into one. */
    static JsonNode merged(JsonNode schema, JsonNode document) {
        JsonNode resolved = follow(schema, document);
        if (!resolved.has("allOf")) {
            return resolved;
        }
        ObjectNode merged = resolved.deepCopy();
        merged.remove("allOf");
        ObjectNode properties =
                merged.has("properties") ? (ObjectNode) merged.get("properties") : merged.putObject("properties");
        Set<String> required = new LinkedHashSet<>();
        merged.path("required").forEach(r -> required.add(r.asText()));
        for (JsonNode part : resolved.get("allOf")) {
            JsonNode p = merged(part, document);
            p.fields().forEachRemaining(field -> {
                if (field.getKey().equals("properties")) {
                    properties.setAll((ObjectNode) field.getValue());
                } else if (field.getKey().equals("required")) {
                    field.getValue().forEach(r -> required.add(r.asText()));
                } else if (!merged.has(field.getKey())) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
        }
        ArrayNode requiredArray = merged.putArray("required");
        required.forEach(requiredArray::add);
        if (properties.isEmpty()) {
            merged.remove("properties");
        }
        return merged;
    }

    static JsonNode follow(JsonNode node, JsonNode document) {
        JsonNode current = node;
        for (int i = 0; current.has("$ref") && i < 10; i++) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** Walks one of Pluggy's operations beside ours, writing each difference found. */
    static final class Comparison {
        private final Set<String> differences;

        Comparison(Set<String> differences) {
            this.differences = differences;
        }

        void operation(Operation op, JsonNode theirs) {
            String id = op.id();
            if (!id.equals(theirs.path("operationId").asText())) {
                differences.add(
                        id + ": operationId " + theirs.path("operationId").asText());
            }
            if (!op.node().path("tags").equals(theirs.path("tags"))) {
                differences.add(id + ": tags " + theirs.path("tags"));
            }
            if (!op.node().path("security").equals(theirs.path("security"))) {
                differences.add(id + ": security " + theirs.path("security"));
            }
            parameters(id, op.node().path("parameters"), theirs.path("parameters"));
            requestBody(id, follow(op.node().path("requestBody"), OURS), follow(theirs.path("requestBody"), PLUGGY));
            theirs.path("responses").fields().forEachRemaining(response -> {
                JsonNode ours = follow(op.node().path("responses").path(response.getKey()), OURS);
                if (ours.isMissingNode()) {
                    differences.add(id + " " + response.getKey() + ": not sent");
                    return;
                }
                content(id + " " + response.getKey(), ours, follow(response.getValue(), PLUGGY), true);
            });
        }

        private void parameters(String id, JsonNode ours, JsonNode theirs) {
            Map<String, JsonNode> ourParameters = new TreeMap<>();
            ours.forEach(p -> ourParameters.put(key(follow(p, OURS)), follow(p, OURS)));
            for (JsonNode p : theirs) {
                JsonNode their = follow(p, PLUGGY);
                String where = id + " parameter " + key(their);
                JsonNode our = ourParameters.remove(key(their));
                if (our == null) {
                    differences.add(where + ": missing");
                    continue;
                }
                for (String field : List.of("required", "style", "explode")) {
                    if (!our.path(field).equals(their.path(field))) {
                        differences.add(where + ": " + field + " " + their.path(field) + " → " + our.path(field));
                    }
                }
                schema(their.path("schema"), our.path("schema"), where, false);
            }
            ourParameters.forEach((key, p) -> {
                if (p.path("required").asBoolean(false)
                        || !p.path("x-plugboard-extension").asBoolean(false)) {
                    differences.add(id + " parameter " + key + ": extra");
                }
            });
        }

        private static String key(JsonNode parameter) {
            return parameter.path("in").asText() + " " + parameter.path("name").asText();
        }

        private void requestBody(String id, JsonNode ours, JsonNode theirs) {
            if (theirs.isMissingNode()) {
                if (!ours.isMissingNode()) {
                    differences.add(id + " request: extra");
                }
                return;
            }
            if (!ours.path("required").equals(theirs.path("required"))) {
                differences.add(id + " request: required " + theirs.path("required"));
            }
            content(id + " request", ours, theirs, false);
        }

        private void content(String where, JsonNode ours, JsonNode theirs, boolean answer) {
            theirs.path("content").fields().forEachRemaining(media -> {
                JsonNode our = ours.path("content").path(media.getKey());
                if (our.isMissingNode()) {
                    differences.add(where + " " + media.getKey() + ": missing");
                } else {
                    schema(media.getValue().path("schema"), our.path("schema"), where, answer);
                }
            });
        }

        /**
         * Compares two schemas; {@code answer} is true for what the server sends, false for what it
         * accepts. A {@code $ref} of ours starts the path again at the schema's name.
         */
        void schema(JsonNode theirs, JsonNode ours, String path, boolean answer) {
            String here = ours.has("$ref") ? ours.get("$ref").asText().replace("#/components/schemas/", "") : path;
            JsonNode their = merged(theirs, PLUGGY);
            JsonNode our = merged(ours, OURS);
            types(their, our, here, answer);
            if (!their.path("format").equals(our.path("format"))) {
                differences.add(here + ": format " + their.path("format") + " → " + our.path("format"));
            }
            enums(their, our, here, answer);
            Iterator<Map.Entry<String, JsonNode>> properties =
                    their.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                String at = here + "." + property.getKey();
                JsonNode ourProperty = our.path("properties").path(property.getKey());
                if (ourProperty.isMissingNode()) {
                    differences.add(at + ": missing");
                    continue;
                }
                schema(property.getValue(), ourProperty, at, answer);
            }
            Set<String> theirRequired = names(their.path("required"));
            Set<String> ourRequired = names(our.path("required"));
            if (answer) {
                theirRequired.stream()
                        .filter(name -> !ourRequired.contains(name))
                        .forEach(name -> differences.add(here + "." + name + ": not required"));
            } else {
                ourRequired.stream()
                        .filter(name -> !theirRequired.contains(name))
                        .forEach(name -> differences.add(here + "." + name + ": required"));
            }
            if (their.has("items")) {
                schema(their.get("items"), our.path("items"), here + "[]", answer);
            }
            if (their.path("additionalProperties").isObject()) {
                schema(their.get("additionalProperties"), our.path("additionalProperties"), here + "{}", answer);
            }
        }

        private void types(JsonNode their, JsonNode our, String here, boolean answer) {
            Set<String> theirTypes = names(their.path("type"));
            if (theirTypes.isEmpty() && answer) {
                return; // Pluggy's document leaves the type open: any type we send is one of them
            }
            if (their.path("nullable").asBoolean(false)) {
                theirTypes.add("null");
            }
            Set<String> ourTypes = names(our.path("type"));
            if (theirTypes.equals(ourTypes)) {
                return;
            }
            Set<String> withNull = new TreeSet<>(theirTypes);
            withNull.add("null");
            differences.add(
                    ourTypes.equals(withNull)
                            ? here + ": adds null"
                            : here + ": type " + theirTypes + " → " + ourTypes);
        }

        private void enums(JsonNode their, JsonNode our, String here, boolean answer) {
            Set<String> theirValues = names(their.path("enum"));
            Set<String> ourValues = names(our.path("enum"));
            if (answer && !ourValues.isEmpty() || !answer && !theirValues.isEmpty()) {
                Set<String> sent = answer ? ourValues : theirValues;
                Set<String> allowed = answer ? theirValues : ourValues;
                List<String> outside = sent.stream()
                        .filter(v -> answer ? !allowed.isEmpty() && !allowed.contains(v) : !accepts(our, v))
                        .sorted()
                        .toList();
                if (answer && !outside.isEmpty()) {
                    differences.add(
                            here + ": enum adds " + outside.stream().collect(Collectors.joining(", ", "[", "]")));
                } else if (!answer && !outside.isEmpty()) {
                    differences.add(here + ": enum refuses " + outside.size() + " of Pluggy's values");
                }
            }
            if (answer && ourValues.isEmpty() && !theirValues.isEmpty()) {
                differences.add(here + ": enum dropped");
            }
        }

        /** Whether a schema of ours accepts a string value, by its enum and pattern. */
        private static boolean accepts(JsonNode our, String value) {
            return (!our.has("enum") || names(our.get("enum")).contains(value))
                    && (!our.has("pattern")
                            || java.util.regex.Pattern.compile(
                                            our.get("pattern").asText())
                                    .matcher(value)
                                    .find());
        }

        private static Set<String> names(JsonNode node) {
            Set<String> names = new TreeSet<>();
            if (node.isArray()) {
                node.forEach(n -> names.add(n.asText()));
            } else if (!node.isMissingNode()) {
                names.add(node.asText());
            }
            return names;
        }
    }
}

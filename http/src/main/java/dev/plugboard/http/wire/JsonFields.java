package dev.plugboard.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed fields from one JSON object, recording a problem (named by its path) for each field
 * that is missing or of the wrong type instead of stopping at the first, so a document reports
 * everything wrong with it at once.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;
    private final List<String> problems;

    JsonFields(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void problem(String field, String text) {
        problems.add(path(field) + ": " + text);
    }

    /** Records every field that is not in {@code known}: a typo must not pass silently. */
    void rejectUnknown(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(name, "is not a field of this object");
            }
        }
    }

    Optional<JsonNode> node(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    String requiredString(String field) {
        return optionalString(field).orElseGet(() -> {
            if (node(field).isEmpty()) {
                problem(field, "is required");
            }
            return "";
        });
    }

    /** A required absolute {@code http} or {@code https} URL. */
    String requiredUrl(String field) {
        String text = requiredString(field);
        if (!text.isEmpty() && !isWebUrl(text)) {
            problem(field, "must be an absolute http or https URL, such as https://www.itau.com.br");
        }
        return text;
    }

    Optional<String> optionalUrl(String field) {
        Optional<String> text = optionalString(field);
        if (text.isPresent() && !isWebUrl(text.get())) {
            problem(field, "must be an absolute http or https URL, such as https://www.itau.com.br");
        }
        return text;
    }

    private static boolean isWebUrl(String text) {
        try {
            java.net.URI uri = new java.net.URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    Optional<String> optionalString(String field) {
        Optional<JsonNode> value = node(field);
        if (value.isPresent() && !value.get().isTextual()) {
            problem(field, "must be a string");
            return Optional.empty();
        }
        return value.map(JsonNode::asText);
    }

    boolean flag(String field, boolean whenAbsent) {
        Optional<JsonNode> value = node(field);
        if (value.isPresent() && !value.get().isBoolean()) {
            problem(field, "must be true or false");
            return whenAbsent;
        }
        return value.map(JsonNode::asBoolean).orElse(whenAbsent);
    }

    int requiredInt(String field) {
        Optional<JsonNode> value = node(field);
        if (value.isEmpty()) {
            problem(field, "is required");
            return 0;
        }
        if (!value.get().canConvertToExactIntegral()
                || !value.get().canConvertToInt()
                || value.get().asInt() < 0) {
            problem(field, "must be a whole number from 0 to " + Integer.MAX_VALUE);
            return 0;
        }
        return value.get().asInt();
    }

    /** An optional whole number from 0 to {@link Integer#MAX_VALUE}. */
    OptionalInt optionalCount(String field) {
        Optional<JsonNode> value = node(field);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!value.get().canConvertToExactIntegral()
                || !value.get().canConvertToInt()
                || value.get().asInt() < 0) {
            problem(field, "must be a whole number from 0 to " + Integer.MAX_VALUE);
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.get().asInt());
    }

    /** Calls {@code action} with each field of this object, in document order. */
    void forEachField(java.util.function.BiConsumer<String, JsonNode> action) {
        node.fields().forEachRemaining(entry -> action.accept(entry.getKey(), entry.getValue()));
    }

    Instant requiredInstant(String field) {
        String text = requiredString(field);
        if (text.isEmpty()) {
            return Instant.EPOCH;
        }
        return WireTime.parse(text).orElseGet(() -> {
            problem(field, "must be an ISO-8601 time such as 2020-09-07T00:08:06.588Z");
            return Instant.EPOCH;
        });
    }

    Optional<Instant> optionalInstant(String field) {
        return optionalString(field).flatMap(text -> {
            Optional<Instant> instant = WireTime.parse(text);
            if (instant.isEmpty()) {
                problem(field, "must be an ISO-8601 time such as 2020-09-07T00:08:06.588Z");
            }
            return instant;
        });
    }

    /** A required enumerated string; the problem lists the accepted values. */
    <T> Optional<T> requiredEnum(String field, Function<String, Optional<T>> parse, String accepted) {
        String text = requiredString(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            problem(field, "'" + text + "' is not one of " + accepted);
        }
        return value;
    }

    /** The array under {@code field}, or an empty one; a non-array is a problem. */
    List<JsonNode> array(String field, boolean required) {
        Optional<JsonNode> value = node(field);
        if (value.isEmpty()) {
            if (required) {
                problem(field, "is required");
            }
            return List.of();
        }
        if (!value.get().isArray()) {
            problem(field, "must be an array");
            return List.of();
        }
        return iterate(value.get());
    }

    Optional<JsonFields> object(String field) {
        Optional<JsonNode> value = node(field);
        if (value.isPresent() && !value.get().isObject()) {
            problem(field, "must be an object");
            return Optional.empty();
        }
        return value.map(v -> new JsonFields(v, path(field), problems));
    }

    JsonFields element(JsonNode element, String field, int index) {
        return new JsonFields(element, path(field) + "[" + index + "]", problems);
    }

    private static List<JsonNode> iterate(JsonNode array) {
        java.util.ArrayList<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}

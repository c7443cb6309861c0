package dev.plugboard.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One JSON object of an answer, read field by field with the client's tolerance rules. */
final class WireObject {
    private final JsonNode json;
    private final String what;

    private WireObject(JsonNode json, String what) {
        this.json = json;
        this.what = what;
    }

    static WireObject of(JsonNode json, String what) {
        if (!json.isObject()) {
            throw new UnreadableAnswerException("a " + what + " must be a JSON object, got " + json.getNodeType());
        }
        return new WireObject(json, what);
    }

    int requiredInt(String field) {
        JsonNode value = json.path(field);
        if (!value.isNumber() || !value.canConvertToInt() || value.asDouble() != value.asInt()) {
            throw new UnreadableAnswerException(
                    "field '" + field + "' of a " + what + " must be a whole number, got " + value);
        }
        return value.asInt();
    }

    String requiredText(String field) {
        JsonNode value = json.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new UnreadableAnswerException("field '" + field + "' of a " + what + " must be a non-blank string");
        }
        return value.asText();
    }

    /** A string the API always sends: empty when absent or null. */
    String text(String field) {
        JsonNode value = json.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    Optional<String> optionalText(String field) {
        JsonNode value = json.path(field);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    boolean flag(String field) {
        return json.path(field).asBoolean(false);
    }

    Optional<Instant> instant(String field) {
        Optional<String> text = optionalText(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    JsonNode child(String field) {
        return json.path(field);
    }

    /** The array's items read with {@code reader}; empty when absent or null. */
    <T> List<T> list(String field, Function<JsonNode, T> reader) {
        JsonNode value = json.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new UnreadableAnswerException("field '" + field + "' of a " + what + " must be an array");
        }
        List<T> values = new ArrayList<>();
        value.forEach(item -> values.add(reader.apply(item)));
        return values;
    }
}

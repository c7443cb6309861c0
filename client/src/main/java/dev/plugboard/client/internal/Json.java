package dev.plugboard.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper of the client (thread-safe once configured), used on trees only. */
public final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** The body as a JSON tree; an {@link UnreadableAnswerException} when it is not JSON. */
    public static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswerException("the body is not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    public static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built in memory always serializes", e);
        }
    }

    public static com.fasterxml.jackson.databind.node.ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}

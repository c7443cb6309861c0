package dev.plugboard.http.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads request bodies. Parse errors are reported by line and column only: Jackson's own messages
 * quote the input, and the input may be a password.
 */
public final class JsonBodies {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private JsonBodies() {}

    /** Whether a {@code Content-Type} header announces JSON ({@code application/json}, any charset). */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    /** A whole body that must be one JSON object. */
    public static JsonNode readObject(byte[] body) {
        JsonNode node = readObjectOrNull(body);
        if (node.isNull()) {
            throw new ApiException(ApiError.BODY_NOT_AN_OBJECT);
        }
        return node;
    }

    /** A whole body that must be one JSON value of any kind. */
    public static JsonNode readValue(byte[] body) {
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(body)) {
            node = MAPPER.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                throw malformed(parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw malformed(null);
        }
        if (node == null || node.isMissingNode()) {
            throw new ApiException(ApiError.MALFORMED_JSON, "the body is empty.");
        }
        return node;
    }

    /** A whole body that must be one JSON object or {@code null} (a {@code NullNode}). */
    public static JsonNode readObjectOrNull(byte[] body) {
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(body)) {
            node = MAPPER.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                throw malformed(parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw malformed(null);
        }
        if (node == null || node.isMissingNode()) {
            throw new ApiException(ApiError.MALFORMED_JSON, "the body is empty.");
        }
        if (!node.isObject() && !node.isNull()) {
            throw new ApiException(ApiError.BODY_NOT_AN_OBJECT);
        }
        return node;
    }

    /**
     * The body of {@code POST /connectors/{id}/validate}: an object of parameter name to value.
     * Strings are taken as they are, numbers and booleans as their JSON text, {@code null} as
     * absent; an object or array value is refused, naming the parameter (never its value).
     */
    public static Map<String, String> readParameters(byte[] body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ApiException(ApiError.MALFORMED_JSON, "the body is empty.");
            }
            if (first != JsonToken.START_OBJECT) {
                parser.skipChildren();
                if (parser.nextToken() != null) {
                    throw malformed(parser.currentLocation());
                }
                throw new ApiException(ApiError.BODY_NOT_AN_OBJECT);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (value) {
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
                        parameters.put(name, parser.getText());
                    case VALUE_NULL -> parameters.put(name, null);
                    default -> throw new ApiException(ApiError.PARAMETER_NOT_A_STRING, name);
                }
            }
            if (parser.nextToken() != null) {
                throw malformed(parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw malformed(null);
        }
        parameters.values().removeIf(java.util.Objects::isNull);
        return parameters;
    }

    /** A field sent twice is named (names are not secret); anything else is located, never quoted. */
    private static ApiException refusal(JsonProcessingException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            return new ApiException(ApiError.DUPLICATE_FIELD, duplicate.group(1));
        }
        return malformed(e.getLocation());
    }

    private static ApiException malformed(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new ApiException(ApiError.MALFORMED_JSON, "it could not be parsed.");
        }
        return new ApiException(
                ApiError.MALFORMED_JSON,
                "unexpected content at line " + location.getLineNr() + ", column " + location.getColumnNr() + ".");
    }
}

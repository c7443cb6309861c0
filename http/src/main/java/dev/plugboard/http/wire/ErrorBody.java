package dev.plugboard.http.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The one error envelope: {@code {"code":…,"codeDescription":…,"message":…}} in Pluggy's field
 * order, {@code codeDescription} left out where Pluggy sends none, {@code data.problems} listing
 * every problem of a refused document, and for a 500 the {@code errorId} that finds the request in
 * the server log.
 */
public record ErrorBody(
        int code,
        Optional<String> codeDescription,
        String message,
        Optional<List<String>> problems,
        Optional<String> errorId) {
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * Pluggy documents its 429 as {@code {"message":…,"code":429}}, message first, unlike every
     * other body; it is written so, byte for byte.
     */
    private static final int MESSAGE_FIRST = 429;

    public static ErrorBody of(ApiError error, String message) {
        return new ErrorBody(error.status(), error.codeDescription(), message, Optional.empty(), Optional.empty());
    }

    public static ErrorBody of(ApiException e) {
        return new ErrorBody(
                e.error().status(), e.error().codeDescription(), e.getMessage(), e.problems(), Optional.empty());
    }

    public ErrorBody withErrorId(String id) {
        return new ErrorBody(code, codeDescription, message, problems, Optional.of(id));
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            if (code == MESSAGE_FIRST) {
                json.writeStringField("message", message);
            }
            json.writeNumberField("code", code);
            if (codeDescription.isPresent()) {
                json.writeStringField("codeDescription", codeDescription.get());
            }
            if (code != MESSAGE_FIRST) {
                json.writeStringField("message", message);
            }
            if (problems.isPresent()) {
                json.writeObjectFieldStart("data");
                json.writeArrayFieldStart("problems");
                for (String problem : problems.get()) {
                    json.writeString(problem);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            if (errorId.isPresent()) {
                json.writeStringField("errorId", errorId.get());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}

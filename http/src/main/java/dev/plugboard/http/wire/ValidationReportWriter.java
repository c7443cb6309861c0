package dev.plugboard.http.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.credential.FieldError;
import dev.plugboard.domain.credential.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes {@code {"parameters":{…},"errors":[{"code":"002","message":…,"parameter":…,"data":…}]}},
 * the field order of Pluggy's example; {@code data} only where a rule has facts to give.
 */
public final class ValidationReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private ValidationReportWriter() {}

    public static byte[] toBytes(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("parameters");
            for (Map.Entry<String, String> parameter : report.parameters().entrySet()) {
                json.writeStringField(parameter.getKey(), parameter.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("errors");
            for (FieldError error : report.errors()) {
                json.writeStartObject();
                json.writeStringField("code", error.code().wireCode());
                json.writeStringField("message", error.message());
                json.writeStringField("parameter", error.parameter());
                if (!error.data().isEmpty()) {
                    json.writeFieldName("data");
                    JSON.writeValue(json, error.data());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}

package dev.plugboard.http.description;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The OpenAPI document, written by hand in YAML and served both as that YAML, byte for byte, and
 * as JSON converted from it: one source, so the two forms never differ. Read and converted once,
 * when first asked for, so a server that is never asked for it pays nothing at start.
 */
public final class ApiDescription {
    /** Where the document lives on the class path. */
    public static final String RESOURCE = "openapi/plugboard.yaml";

    /** Made when the document is first read: loading the YAML parser costs start-up time otherwise. */
    private static final class Mappers {
        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
        static final ObjectMapper JSON = new ObjectMapper();
    }

    /** The document as written (YAML) and as JSON. */
    public record Forms(byte[] yaml, byte[] json) {}

    private final String resource;
    private volatile Forms forms;

    ApiDescription(String resource) {
        this.resource = resource;
    }

    /** The document bundled in this jar. */
    public static ApiDescription bundled() {
        return new ApiDescription(RESOURCE);
    }

    /** Both forms, read and converted on the first call (which blocks: call it off the event loop). */
    public Forms forms() {
        Forms read = forms;
        if (read == null) {
            synchronized (this) {
                read = forms;
                if (read == null) {
                    read = read();
                    forms = read;
                }
            }
        }
        return read;
    }

    /** Both forms if they were read already: answering then needs no worker thread. */
    Optional<Forms> ifRead() {
        return Optional.ofNullable(forms);
    }

    /** The document as a JSON tree. Blocking. */
    public JsonNode tree() {
        try {
            return Mappers.JSON.readTree(forms().json());
        } catch (IOException e) {
            throw new UncheckedIOException("the JSON form of the document is not JSON", e);
        }
    }

    private Forms read() {
        byte[] yaml = Resources.read(resource);
        try {
            JsonNode tree = Mappers.YAML.readTree(yaml);
            return new Forms(yaml, Mappers.JSON.writeValueAsBytes(tree));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document " + resource + " is not valid YAML", e);
        }
    }

    /** Reading class-path resources, the one way this package does it. */
    static final class Resources {
        private Resources() {}

        static byte[] read(String name) {
            try (InputStream in = ApiDescription.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + name + " from the class path", e);
            }
        }
    }
}

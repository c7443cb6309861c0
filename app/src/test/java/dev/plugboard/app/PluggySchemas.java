package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pluggy's own OpenAPI document as a JSON Schema validator: {@code schema("Connector")} checks a
 * body against {@code #/components/schemas/Connector}, following every {@code $ref} in the document.
 *
 * <p>Two documented relaxations: {@code health.stage} is {@code null} in every real payload
 * (contract §3) and {@code health.details.connectionRateLast6Hours} "will be null if there were no
 * connections" (the document's own description), while the schema types them as a string and a
 * number. A {@code null} on exactly those paths is not counted; every other error is.
 */
public final class PluggySchemas {
    private static final List<String> DOCUMENTED_NULLS =
            List.of("/health/stage", "/health/details/connectionRateLast6Hours");
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();
    /** The document is registered under this id, so no file or network access is needed. */
    private static final String ID = "https://plugboard.test/pluggy-openapi.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(ID, read(document()))));

    private PluggySchemas() {}

    /** The copy of Pluggy's OpenAPI document in the repository's {@code contract} folder. */
    public static Path document() {
        String dir = System.getProperty("plugboard.contract.dir");
        Path path = dir != null ? Path.of(dir) : Path.of("..", "contract");
        Path document = path.resolve("pluggy-openapi.json").toAbsolutePath().normalize();
        assertThat(document).as("Pluggy's OpenAPI document").exists();
        return document;
    }

    public static Schema schema(String name) {
        return CACHE.computeIfAbsent(
                name, n -> REGISTRY.getSchema(SchemaLocation.of(ID + "#/components/schemas/" + n)));
    }

    /** Every schema error of {@code json} against the named schema, minus the relaxation above. */
    public static List<String> errors(String schemaName, String json) {
        return schema(schemaName).validate(json, InputFormat.JSON).stream()
                .filter(error -> !isDocumentedNull(error))
                .map(Error::toString)
                .toList();
    }

    /** A {@code null} where Pluggy's own text says null is sent, though its schema says otherwise. */
    private static boolean isDocumentedNull(Error error) {
        String at = String.valueOf(error.getInstanceLocation());
        return "type".equals(error.getKeyword())
                && error.toString().contains("null found")
                && DOCUMENTED_NULLS.stream().anyMatch(at::endsWith);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

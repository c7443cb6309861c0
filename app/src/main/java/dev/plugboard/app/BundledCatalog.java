package dev.plugboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.http.wire.ConnectorReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The catalog shipped inside Plugboard: Pluggy's sandbox connectors and real Brazilian
 * institutions, in Pluggy's Connector shape. It is stored in the database on first start; the
 * database is the source of truth after that.
 */
public final class BundledCatalog {
    static final String RESOURCE = "/catalog/bundled-catalog.json";

    private BundledCatalog() {}

    public static List<Connector> load() {
        try (InputStream in = BundledCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalog " + RESOURCE + " is missing from the build");
            }
            return ConnectorReader.readAll(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled catalog cannot be read", e);
        }
    }
}

package dev.plugboard.http;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.catalog.ConnectorPage;
import dev.plugboard.domain.catalog.NoSuchConnectorException;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.http.wire.ConnectorWriter;
import dev.plugboard.http.wire.ConnectorWriter.HealthDetails;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog snapshot with every connector already written as JSON bytes, in both variants (with
 * and without {@code health.details}). Built once per snapshot, off the request path; a retrieve
 * then costs a map lookup, and a list the concatenation of the matching connectors' bytes.
 */
final class RenderedCatalog {
    private record Bodies(byte[] plain, byte[] detailed) {}

    private final CatalogSnapshot snapshot;
    private final Map<Integer, Bodies> bodies;

    private RenderedCatalog(CatalogSnapshot snapshot, Map<Integer, Bodies> bodies) {
        this.snapshot = snapshot;
        this.bodies = bodies;
    }

    static RenderedCatalog of(CatalogSnapshot snapshot) {
        Map<Integer, Bodies> bodies = new HashMap<>();
        for (Connector connector : snapshot.connectors()) {
            bodies.put(
                    connector.id(),
                    new Bodies(
                            ConnectorWriter.toBytes(connector, Optional.empty()),
                            ConnectorWriter.toBytes(connector, Optional.of(HealthDetails.NONE))));
        }
        return new RenderedCatalog(snapshot, Map.copyOf(bodies));
    }

    CatalogSnapshot snapshot() {
        return snapshot;
    }

    Buffer connector(long id, boolean healthDetails) {
        Bodies body = id >= 0 && id <= Integer.MAX_VALUE ? bodies.get((int) id) : null;
        if (body == null) {
            throw new NoSuchConnectorException(id);
        }
        return Buffer.buffer(healthDetails ? body.detailed() : body.plain());
    }

    /** {@code {"page":…,"total":…,"totalPages":…,"results":[…]}}, Pluggy's field order. */
    Buffer page(ConnectorPage page, boolean healthDetails) {
        String head = "{\"page\":" + page.page() + ",\"total\":" + page.total() + ",\"totalPages\":" + page.totalPages()
                + ",\"results\":[";
        Buffer out = Buffer.buffer(head.length() + page.results().size() * 1024);
        out.appendString(head, StandardCharsets.UTF_8.name());
        boolean first = true;
        for (Connector connector : page.results()) {
            if (!first) {
                out.appendByte((byte) ',');
            }
            first = false;
            Bodies body = bodies.get(connector.id());
            out.appendBytes(healthDetails ? body.detailed() : body.plain());
        }
        return out.appendString("]}");
    }
}

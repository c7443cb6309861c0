package dev.plugboard.http;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.catalog.ConnectorPage;
import dev.plugboard.domain.catalog.NoSuchConnectorException;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.health.HealthSnapshot;
import dev.plugboard.domain.health.HealthView;
import dev.plugboard.http.wire.ConnectorWriter;
import dev.plugboard.http.wire.ConnectorWriter.HealthDetails;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * A catalog snapshot and a health snapshot with every connector already written as JSON bytes:
 * plain, and with {@code health.details} split around the caller's own
 * {@code connectionsLast6Hours}, which is the only part written per request. Built off the request
 * path whenever the catalog or the health changes, reusing the bytes of connectors whose
 * definition and health did not change; a retrieve then costs a map lookup, and a list the
 * concatenation of the matching connectors' bytes.
 */
final class RenderedCatalog {
    private static final byte[] CALLER_MARK =
            Long.toString(HealthDetails.CALLER).getBytes(StandardCharsets.US_ASCII);

    private record Bodies(
            Connector source, Optional<HealthView> view, byte[] plain, byte[] detailedHead, byte[] detailedTail) {}

    private final CatalogSnapshot snapshot;
    private final HealthSnapshot health;
    private final Map<Integer, Bodies> bodies;

    private RenderedCatalog(CatalogSnapshot snapshot, HealthSnapshot health, Map<Integer, Bodies> bodies) {
        this.snapshot = snapshot;
        this.health = health;
        this.bodies = bodies;
    }

    static RenderedCatalog of(CatalogSnapshot snapshot, HealthSnapshot health, Optional<RenderedCatalog> previous) {
        Map<Integer, Bodies> bodies = new HashMap<>();
        for (Connector connector : snapshot.connectors()) {
            Optional<HealthView> view = health.view(connector.id());
            Bodies reused = previous.map(p -> p.bodies.get(connector.id())).orElse(null);
            boolean same = reused != null
                    && reused.source().equals(connector)
                    && reused.view().equals(view);
            bodies.put(connector.id(), same ? reused : render(connector, view, health));
        }
        return new RenderedCatalog(snapshot, health, Map.copyOf(bodies));
    }

    private static Bodies render(Connector connector, Optional<HealthView> view, HealthSnapshot health) {
        Connector served = view.map(v -> connector.withHealth(
                        new ConnectorHealth(v.status(), connector.health().stage())))
                .orElse(connector);
        HealthDetails details = view.map(v -> new HealthDetails(
                        v.stats().connectionRate(),
                        HealthDetails.CALLER,
                        v.error(),
                        Optional.of(v.stats()),
                        Optional.of(health.policy())))
                .orElse(new HealthDetails(
                        OptionalDouble.empty(),
                        HealthDetails.CALLER,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        byte[] detailed = ConnectorWriter.toBytes(served, Optional.of(details));
        int mark = indexOf(detailed, CALLER_MARK);
        return new Bodies(
                connector,
                view,
                ConnectorWriter.toBytes(served, Optional.empty()),
                Arrays.copyOfRange(detailed, 0, mark),
                Arrays.copyOfRange(detailed, mark + CALLER_MARK.length, detailed.length));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("the caller's count was not written");
    }

    CatalogSnapshot snapshot() {
        return snapshot;
    }

    /** One connector; with details, {@code connectionsLast6Hours} is the caller's own count. */
    Buffer connector(long id, boolean healthDetails, UUID caller) {
        Bodies body = id >= 0 && id <= Integer.MAX_VALUE ? bodies.get((int) id) : null;
        if (body == null) {
            throw new NoSuchConnectorException(id);
        }
        Buffer out = Buffer.buffer(body.plain().length + 512);
        append(out, body, (int) id, healthDetails, caller);
        return out;
    }

    /** {@code {"page":…,"total":…,"totalPages":…,"results":[…]}}, Pluggy's field order. */
    Buffer page(ConnectorPage page, boolean healthDetails, UUID caller) {
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
            append(out, bodies.get(connector.id()), connector.id(), healthDetails, caller);
        }
        return out.appendString("]}");
    }

    private void append(Buffer out, Bodies body, int id, boolean healthDetails, UUID caller) {
        if (!healthDetails) {
            out.appendBytes(body.plain());
            return;
        }
        out.appendBytes(body.detailedHead())
                .appendString(Long.toString(health.connections(id, caller)))
                .appendBytes(body.detailedTail());
    }
}

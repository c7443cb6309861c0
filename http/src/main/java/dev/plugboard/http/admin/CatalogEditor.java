package dev.plugboard.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.catalog.Actor;
import dev.plugboard.domain.catalog.AuditEntry;
import dev.plugboard.domain.catalog.AuditQuery;
import dev.plugboard.domain.catalog.CatalogReloader;
import dev.plugboard.domain.catalog.ConnectorChange;
import dev.plugboard.domain.catalog.ConnectorIdRetiredException;
import dev.plugboard.domain.catalog.ConnectorRepository;
import dev.plugboard.domain.catalog.NoSuchConnectorException;
import dev.plugboard.domain.catalog.StaleRevisionException;
import dev.plugboard.domain.catalog.StoredConnector;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import dev.plugboard.http.wire.ConnectorReader;
import dev.plugboard.http.wire.InvalidConnectorJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Every change an operator can make to the catalog, each validated whole before anything is
 * stored (every problem reported at once, each naming its field), applied in one transaction with
 * optimistic concurrency, audited with its field diff, then published to this replica at once
 * (other replicas follow within their refresh interval). {@code createdAt} and {@code updatedAt}
 * are the server's: a new connector keeps the {@code createdAt} it brings (or now), a changed one
 * keeps its own, and {@code updatedAt} is the time of the change. Blocking.
 */
public final class CatalogEditor {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A stored connector and whether this change created it. */
    public record Saved(StoredConnector stored, boolean created) {}

    private final ConnectorRepository repository;
    private final CatalogReloader reloader;
    private final Clock clock;

    public CatalogEditor(ConnectorRepository repository, CatalogReloader reloader, Clock clock) {
        this.repository = repository;
        this.reloader = reloader;
        this.clock = clock;
    }

    public List<StoredConnector> all() {
        return repository.loadAllStored();
    }

    public StoredConnector get(int id) {
        return repository.find(id).orElseThrow(() -> new NoSuchConnectorException(id));
    }

    public List<Connector> export() {
        return repository.loadAll();
    }

    public List<AuditEntry> audit(AuditQuery query) {
        return repository.audit(query);
    }

    /** Creates or replaces a connector ({@code PUT}); {@code createOnly} is {@code If-None-Match: *}. */
    public Saved put(int id, JsonNode document, Optional<ETags.IfMatch> ifMatch, boolean createOnly, Actor actor) {
        Optional<StoredConnector> existing = repository.find(id);
        OptionalLong expected = expectedRevision(id, existing, ifMatch, createOnly);
        Instant now = clock.instant();
        Connector after = read(withId(id, document), now);
        if (existing.isPresent()) {
            after = after.withTimes(existing.get().connector().createdAt(), now);
        } else {
            after = after.withTimes(after.createdAt(), now);
        }
        String action = existing.isPresent() ? "replace" : "create";
        ConnectorChange change = change(existing, after, expected, action);
        if (existing.isPresent() && unchanged(change)) {
            return new Saved(existing.get(), false);
        }
        store(List.of(change), actor, now);
        return new Saved(get(id), existing.isEmpty());
    }

    /** Applies a JSON merge patch (RFC 7386) to an enabled connector ({@code PATCH}). */
    public StoredConnector patch(int id, JsonNode patch, Optional<ETags.IfMatch> ifMatch, Actor actor) {
        if (!patch.isObject()) {
            throw new ApiException(ApiError.BODY_NOT_AN_OBJECT);
        }
        StoredConnector existing = enabled(id);
        OptionalLong expected = expectedRevision(id, Optional.of(existing), ifMatch, false);
        JsonNode merged = JsonMergePatch.apply(ConnectorJson.tree(existing.connector()), patch);
        if (!sameId(merged.get("id"), id)) {
            throw ApiException.withProblems(ApiError.INVALID_CONNECTOR, List.of("id: cannot be changed (" + id + ")"));
        }
        Instant now = clock.instant();
        Connector after = read(((ObjectNode) merged).put("id", id), now)
                .withTimes(existing.connector().createdAt(), now);
        ConnectorChange change = change(Optional.of(existing), after, expected, "patch");
        if (unchanged(change)) {
            return existing;
        }
        store(List.of(change), actor, now);
        return get(id);
    }

    /** Disables a connector ({@code DELETE}): it leaves the public API; its id is never reused. */
    public StoredConnector disable(int id, Optional<ETags.IfMatch> ifMatch, Actor actor) {
        StoredConnector existing = enabled(id);
        OptionalLong expected = expectedRevision(id, Optional.of(existing), ifMatch, false);
        ObjectNode diff = JsonNodeFactory.instance.objectNode();
        diff.putObject("enabled").put("from", true).put("to", false);
        store(
                List.of(new ConnectorChange(id, Optional.empty(), expected, "disable", diff.toString())),
                actor,
                clock.instant());
        return get(id);
    }

    /**
     * Imports a whole catalog: what it adds, changes and leaves out (which is disabled), applied
     * atomically; with {@code dryRun}, only the plan.
     */
    public ImportPlan importCatalog(JsonNode documents, boolean dryRun, Actor actor) {
        Instant now = clock.instant();
        List<Connector> imported = readCatalog(documents, now);
        CatalogImport plan = CatalogImport.plan(imported, repository.loadAllStored(), now);
        if (dryRun || plan.changes().isEmpty()) {
            return plan.result(OptionalLong.empty());
        }
        long version = store(plan.changes(), actor, now);
        return plan.result(OptionalLong.of(version));
    }

    private long store(List<ConnectorChange> changes, Actor actor, Instant at) {
        long version = repository.apply(changes, actor, at);
        reloader.refresh();
        return version;
    }

    private StoredConnector enabled(int id) {
        StoredConnector existing = get(id);
        if (!existing.enabled()) {
            throw new ConnectorIdRetiredException(id);
        }
        return existing;
    }

    private static OptionalLong expectedRevision(
            int id, Optional<StoredConnector> existing, Optional<ETags.IfMatch> ifMatch, boolean createOnly) {
        if (existing.isEmpty()) {
            if (ifMatch.isPresent() && !ifMatch.get().any()) {
                throw new StaleRevisionException(id);
            }
            return OptionalLong.empty();
        }
        if (!existing.get().enabled()) {
            throw new ConnectorIdRetiredException(id);
        }
        if (createOnly) {
            throw new StaleRevisionException(id);
        }
        if (ifMatch.isEmpty()) {
            throw new ApiException(ApiError.PRECONDITION_REQUIRED, id, id);
        }
        long revision = existing.get().revision();
        if (!ifMatch.get().matches(revision)) {
            throw new StaleRevisionException(id);
        }
        return OptionalLong.of(revision);
    }

    private static ConnectorChange change(
            Optional<StoredConnector> existing, Connector after, OptionalLong expected, String action) {
        JsonNode before = existing.map(s -> (JsonNode) ConnectorJson.tree(s.connector()))
                .orElse(JsonNodeFactory.instance.objectNode());
        String diff = ConnectorDiff.between(before, ConnectorJson.tree(after)).toString();
        return new ConnectorChange(after.id(), Optional.of(after), expected, action, diff);
    }

    /**
     * The document to read: its id checked against the path's, and the two fields the admin API
     * adds ({@code enabled}, {@code revision}) taken off, so what {@code GET} answers can be sent
     * back as it is. {@code revision} is informative (the precondition is {@code If-Match});
     * {@code enabled} may only be {@code true}: disabling is {@code DELETE}.
     */
    private static JsonNode withId(int id, JsonNode document) {
        if (!document.isObject()) {
            throw new ApiException(ApiError.BODY_NOT_AN_OBJECT);
        }
        JsonNode bodyId = document.get("id");
        if (bodyId != null && !sameId(bodyId, id)) {
            throw ApiException.withProblems(
                    ApiError.INVALID_CONNECTOR, List.of("id: must be " + id + ", the id in the path, or left out"));
        }
        JsonNode enabled = document.get("enabled");
        if (enabled != null && !enabled.equals(BooleanNode.TRUE)) {
            throw ApiException.withProblems(
                    ApiError.INVALID_CONNECTOR,
                    List.of("enabled: may only be true here; DELETE /admin/connectors/" + id + " disables it"));
        }
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.remove(List.of("enabled", "revision"));
        return copy.put("id", id);
    }

    /** A replace or patch that changes no field: nothing is stored, audited or published. */
    private static boolean unchanged(ConnectorChange change) {
        return change.diff().equals("{}");
    }

    /** Whether a JSON id is {@code id}, written as {@code 201} or {@code 201.0}. */
    private static boolean sameId(JsonNode bodyId, int id) {
        return bodyId != null
                && bodyId.isNumber()
                && bodyId.canConvertToExactIntegral()
                && bodyId.canConvertToInt()
                && bodyId.asInt() == id;
    }

    private static Connector read(JsonNode document, Instant now) {
        try {
            return ConnectorReader.read(document, now);
        } catch (InvalidConnectorJsonException e) {
            throw ApiException.withProblems(ApiError.INVALID_CONNECTOR, e.problems());
        }
    }

    private static List<Connector> readCatalog(JsonNode documents, Instant now) {
        List<Connector> connectors;
        try {
            connectors = ConnectorReader.readAll(documents, now);
        } catch (InvalidConnectorJsonException e) {
            throw ApiException.withProblems(ApiError.INVALID_CATALOG, e.problems());
        }
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> firstIndex = new TreeMap<>();
        for (int i = 0; i < connectors.size(); i++) {
            Connector connector = connectors.get(i);
            Integer earlier = firstIndex.putIfAbsent(connector.id(), i);
            if (earlier != null) {
                problems.add("[" + i + "].id: " + connector.id() + " appears already at [" + earlier + "]");
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.withProblems(ApiError.INVALID_CATALOG, problems);
        }
        return connectors;
    }

    /** Connector JSON documents as trees, in Pluggy's shape. */
    static final class ConnectorJson {
        private ConnectorJson() {}

        static ObjectNode tree(Connector connector) {
            try {
                return (ObjectNode)
                        JSON.readTree(dev.plugboard.http.wire.ConnectorWriter.toBytes(connector, Optional.empty()));
            } catch (IOException e) {
                throw new UncheckedIOException("the writer's own output is JSON", e);
            }
        }
    }
}

package dev.plugboard.http.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.catalog.AuditEntry;
import dev.plugboard.domain.catalog.StoredConnector;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.http.wire.WireTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The bodies of the administration API. */
public final class AdminJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminJson() {}

    /** A connector in Pluggy's shape, followed by {@code enabled} and {@code revision}. */
    public static ObjectNode stored(StoredConnector stored) {
        return CatalogEditor.ConnectorJson.tree(stored.connector())
                .put("enabled", stored.enabled())
                .put("revision", stored.revision());
    }

    public static ObjectNode list(List<StoredConnector> all) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode results = body.putArray("results");
        all.forEach(s -> results.add(stored(s)));
        return body;
    }

    /** A catalog in the bundled format: a JSON array of connectors, as import takes it. */
    public static ArrayNode catalog(List<Connector> connectors) {
        ArrayNode array = JSON.createArrayNode();
        connectors.forEach(c -> array.add(CatalogEditor.ConnectorJson.tree(c)));
        return array;
    }

    public static ObjectNode plan(ImportPlan plan, boolean dryRun) {
        ObjectNode body = JSON.createObjectNode().put("dryRun", dryRun);
        if (plan.version().isPresent()) {
            body.put("version", plan.version().getAsLong());
        } else {
            body.putNull("version");
        }
        ArrayNode added = body.putArray("added");
        plan.added().forEach(added::add);
        ObjectNode changed = body.putObject("changed");
        plan.changed().forEach((id, fields) -> {
            ArrayNode names = changed.putArray(String.valueOf(id));
            fields.forEach(names::add);
        });
        ArrayNode disabled = body.putArray("disabled");
        plan.disabled().forEach(disabled::add);
        return body.put("unchanged", plan.unchanged());
    }

    public static ObjectNode audit(List<AuditEntry> entries) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode results = body.putArray("results");
        for (AuditEntry entry : entries) {
            ObjectNode item = results.addObject()
                    .put("version", entry.catalogVersion())
                    .put("connectorId", entry.connectorId())
                    .put("at", WireTime.format(entry.at()))
                    .put("action", entry.action());
            item.putObject("actor")
                    .put("id", entry.actor().id())
                    .put("name", entry.actor().name());
            try {
                item.set("diff", JSON.readTree(entry.diff()));
            } catch (IOException e) {
                throw new UncheckedIOException("a stored audit diff is not JSON", e);
            }
        }
        return body;
    }

    public static byte[] bytes(Object tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }
}

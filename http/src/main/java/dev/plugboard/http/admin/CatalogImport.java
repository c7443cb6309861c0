package dev.plugboard.http.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.catalog.ConnectorChange;
import dev.plugboard.domain.catalog.ConnectorIdRetiredException;
import dev.plugboard.domain.catalog.StoredConnector;
import dev.plugboard.domain.connector.Connector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The changes that turn the stored catalog into an imported one. */
record CatalogImport(
        List<ConnectorChange> changes,
        List<Integer> added,
        Map<Integer, List<String>> changed,
        List<Integer> disabled,
        int unchanged) {

    static CatalogImport plan(List<Connector> imported, List<StoredConnector> stored, Instant now) {
        Map<Integer, StoredConnector> byId =
                stored.stream().collect(Collectors.toMap(s -> s.connector().id(), Function.identity()));
        List<ConnectorChange> changes = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        Map<Integer, List<String>> changed = new LinkedHashMap<>();
        int unchanged = 0;
        Set<Integer> kept = new HashSet<>();
        for (Connector connector : imported) {
            StoredConnector before = byId.get(connector.id());
            kept.add(connector.id());
            if (before == null) {
                Connector after = connector.withTimes(connector.createdAt(), now);
                changes.add(change(Optional.empty(), after, "import"));
                added.add(after.id());
                continue;
            }
            if (!before.enabled()) {
                throw new ConnectorIdRetiredException(connector.id());
            }
            Connector same = connector.withTimes(
                    before.connector().createdAt(), before.connector().updatedAt());
            ObjectNode diff = ConnectorDiff.between(
                    CatalogEditor.ConnectorJson.tree(before.connector()), CatalogEditor.ConnectorJson.tree(same));
            if (diff.isEmpty()) {
                unchanged++;
            } else {
                Connector after = connector.withTimes(before.connector().createdAt(), now);
                changes.add(new ConnectorChange(
                        after.id(), Optional.of(after), OptionalLong.of(before.revision()), "import", diff.toString()));
                changed.put(after.id(), ConnectorDiff.fields(diff));
            }
        }
        List<Integer> disabled = new ArrayList<>();
        for (StoredConnector s : stored) {
            if (s.enabled() && !kept.contains(s.connector().id())) {
                ObjectNode diff = JsonNodeFactory.instance.objectNode();
                diff.putObject("enabled").put("from", true).put("to", false);
                changes.add(new ConnectorChange(
                        s.connector().id(),
                        Optional.empty(),
                        OptionalLong.of(s.revision()),
                        "import",
                        diff.toString()));
                disabled.add(s.connector().id());
            }
        }
        return new CatalogImport(changes, added, changed, disabled, unchanged);
    }

    private static ConnectorChange change(Optional<StoredConnector> before, Connector after, String action) {
        ObjectNode from = before.map(s -> CatalogEditor.ConnectorJson.tree(s.connector()))
                .orElse(JsonNodeFactory.instance.objectNode());
        String diff = ConnectorDiff.between(from, CatalogEditor.ConnectorJson.tree(after))
                .toString();
        return new ConnectorChange(after.id(), Optional.of(after), OptionalLong.empty(), action, diff);
    }

    ImportPlan result(OptionalLong version) {
        return new ImportPlan(added, changed, disabled, unchanged, version);
    }
}

package dev.plugboard.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The difference between two connector documents, field by field at the top level:
 * {@code {"name":{"from":"Itaú","to":"Itaú Unibanco"}}}. A field absent on one side is
 * {@code null} there. {@code updatedAt}, which every change moves, is left out.
 */
public final class ConnectorDiff {
    private static final Set<String> IGNORED = Set.of("updatedAt");

    private ConnectorDiff() {}

    public static ObjectNode between(JsonNode before, JsonNode after) {
        ObjectNode diff = JsonNodeFactory.instance.objectNode();
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode from = before.get(field) == null ? NullNode.instance : before.get(field);
            JsonNode to = after.get(field) == null ? NullNode.instance : after.get(field);
            if (!IGNORED.contains(field) && !from.equals(to)) {
                diff.putObject(field).<ObjectNode>set("from", from).set("to", to);
            }
        }
        return diff;
    }

    /** The changed fields' names, in document order. */
    public static List<String> fields(ObjectNode diff) {
        List<String> names = new java.util.ArrayList<>();
        diff.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

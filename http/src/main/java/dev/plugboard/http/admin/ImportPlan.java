package dev.plugboard.http.admin;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What an import does or would do: connectors added, changed (with the fields that change) and
 * disabled (present before, absent from the import), how many stay as they are, and the catalog
 * version it made (empty for a dry run or an import that changes nothing).
 */
public record ImportPlan(
        List<Integer> added,
        Map<Integer, List<String>> changed,
        List<Integer> disabled,
        int unchanged,
        OptionalLong version) {
    public ImportPlan {
        added = List.copyOf(added);
        changed = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(changed));
        disabled = List.copyOf(disabled);
    }
}

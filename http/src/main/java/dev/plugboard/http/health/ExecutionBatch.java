package dev.plugboard.http.health;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.health.Execution;
import dev.plugboard.domain.health.ExecutionDraft;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of {@code POST /executions}: a JSON array of 1 to {@value #MAX_SIZE} execution
 * outcomes. Every problem of every item is reported at once, by index; one bad item refuses the
 * whole batch, so nothing of it is stored.
 */
public final class ExecutionBatch {
    public static final int MAX_SIZE = 1000;
    /** How far in the future a finishedAt may lie: the reporter's clock may be a little ahead. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ExecutionBatch() {}

    public static List<Execution> read(JsonNode body, CatalogSnapshot catalog, Instant now) {
        if (!body.isArray() || body.isEmpty() || body.size() > MAX_SIZE) {
            throw ApiException.withProblems(
                    ApiError.INVALID_EXECUTIONS,
                    List.of("body: must be a JSON array of 1 to " + MAX_SIZE + " executions"));
        }
        List<String> problems = new ArrayList<>();
        List<Execution> executions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            String at = "[" + i + "]";
            JsonNode item = body.get(i);
            if (!item.isObject()) {
                problems.add(at + ": must be an object");
                continue;
            }
            List<String> itemProblems = new ArrayList<>();
            ExecutionDraft draft = draft(item, itemProblems);
            // A field of the wrong type reads as absent: its "is required" would say it twice.
            draft.problems().stream()
                    .filter(problem -> itemProblems.stream()
                            .noneMatch(typed -> problem.startsWith(typed.split(" ", 2)[0] + " is required")))
                    .forEach(itemProblems::add);
            if (itemProblems.isEmpty()) {
                Execution execution = draft.toExecution();
                if (catalog.find(execution.connectorId()).isEmpty()) {
                    itemProblems.add("connectorId " + execution.connectorId() + " is not in the catalog");
                }
                if (execution.finishedAt().isAfter(now.plus(CLOCK_SKEW))) {
                    itemProblems.add("finishedAt must not be in the future: " + execution.finishedAt());
                }
                if (!ids.add(execution.id().toString())) {
                    itemProblems.add("id " + execution.id() + " appears twice in the batch");
                }
                executions.add(execution);
            }
            itemProblems.forEach(problem -> problems.add(at + ": " + problem));
        }
        if (!problems.isEmpty()) {
            throw ApiException.withProblems(ApiError.INVALID_EXECUTIONS, problems);
        }
        return executions;
    }

    private static ExecutionDraft draft(JsonNode item, List<String> problems) {
        Integer connectorId = null;
        JsonNode id = item.get("connectorId");
        if (id != null && !id.isNull()) {
            if (id.canConvertToExactIntegral() && id.canConvertToInt()) {
                connectorId = id.asInt();
            } else {
                problems.add("connectorId must be a whole number");
            }
        }
        Map<String, String> products = null;
        JsonNode productsNode = item.get("products");
        if (productsNode != null && !productsNode.isNull()) {
            if (productsNode.isObject()) {
                products = new LinkedHashMap<>();
                for (var entry : (Iterable<Map.Entry<String, JsonNode>>) productsNode::fields) {
                    products.put(
                            entry.getKey(),
                            entry.getValue().isTextual()
                                    ? entry.getValue().asText()
                                    : entry.getValue().toString());
                }
            } else {
                problems.add("products must be an object of product to SUCCESS or ERROR");
            }
        }
        return new ExecutionDraft(
                text(item, "id", problems),
                connectorId,
                text(item, "clientId", problems),
                text(item, "status", problems),
                text(item, "startedAt", problems),
                text(item, "finishedAt", problems),
                products);
    }

    private static String text(JsonNode item, String field, List<String> problems) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(field + " must be a string");
            return null;
        }
        return value.asText();
    }
}

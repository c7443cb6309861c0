package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.Product;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An execution as received, every field as text and possibly missing ({@code null}), so a batch
 * can be checked item by item and each bad item reported with every reason. {@link #problems()}
 * answers sentences that start with the field name; {@link #toExecution()} builds the
 * {@link Execution} once there are none.
 *
 * @param connectorId {@code null} when missing
 * @param startedAt an ISO-8601 instant such as {@code 2026-07-01T12:00:00Z}
 * @param products product name to {@code SUCCESS} / {@code ERROR}; {@code null} or empty when none;
 *     problems about products come in this map's order
 */
public record ExecutionDraft(
        String id,
        Integer connectorId,
        String clientId,
        String status,
        String startedAt,
        String finishedAt,
        Map<String, String> products) {

    public static final String REQUIRED = "%s is required";
    public static final String NOT_A_UUID = "%s must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6: %s";
    public static final String NEGATIVE_CONNECTOR_ID = "connectorId must not be negative: %d";
    public static final String UNKNOWN_STATUS = "status must be one of "
            + Arrays.stream(ExecutionStatus.values()).map(Enum::name).collect(Collectors.joining(", "))
            + ": %s";
    public static final String NOT_AN_INSTANT = "%s must be an ISO-8601 instant such as 2026-07-01T12:00:00Z: %s";
    public static final String FINISHED_BEFORE_STARTED = "finishedAt must not be before startedAt: %s < %s";
    public static final String UNKNOWN_PRODUCT = "products has an unknown product: %s";
    public static final String UNKNOWN_PRODUCT_OUTCOME = "products.%s must be SUCCESS or ERROR: %s";

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public ExecutionDraft {
        // A defensive copy that keeps the sender's order (problems are reported in it) and its nulls.
        products = products == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(products));
    }

    /** Every reason this draft is not a valid execution, in field order; empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        uuid("id", id, problems);
        if (connectorId == null) {
            problems.add(REQUIRED.formatted("connectorId"));
        } else if (connectorId < 0) {
            problems.add(NEGATIVE_CONNECTOR_ID.formatted(connectorId));
        }
        uuid("clientId", clientId, problems);
        if (status == null) {
            problems.add(REQUIRED.formatted("status"));
        } else if (ExecutionStatus.fromWire(status).isEmpty()) {
            problems.add(UNKNOWN_STATUS.formatted(status));
        }
        Optional<Instant> started = instant("startedAt", startedAt, problems);
        Optional<Instant> finished = instant("finishedAt", finishedAt, problems);
        if (started.isPresent() && finished.isPresent() && finished.get().isBefore(started.get())) {
            problems.add(FINISHED_BEFORE_STARTED.formatted(finishedAt, startedAt));
        }
        productProblems(problems);
        return List.copyOf(problems);
    }

    /**
     * The execution this draft describes.
     *
     * @throws IllegalArgumentException with the first problem when {@link #problems()} is not empty
     */
    public Execution toExecution() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
        Map<Product, ProductOutcome> outcomes = new EnumMap<>(Product.class);
        if (products != null) {
            products.forEach((product, outcome) -> outcomes.put(
                    Product.fromWire(product).orElseThrow(),
                    ProductOutcome.fromWire(outcome).orElseThrow()));
        }
        return new Execution(
                UUID.fromString(id),
                connectorId,
                UUID.fromString(clientId),
                ExecutionStatus.fromWire(status).orElseThrow(),
                Instant.parse(startedAt),
                Instant.parse(finishedAt),
                outcomes);
    }

    private static void uuid(String field, String text, List<String> problems) {
        if (text == null) {
            problems.add(REQUIRED.formatted(field));
        } else if (!UUID_TEXT.matcher(text).matches()) {
            problems.add(NOT_A_UUID.formatted(field, text));
        }
    }

    private static Optional<Instant> instant(String field, String text, List<String> problems) {
        if (text == null) {
            problems.add(REQUIRED.formatted(field));
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(NOT_AN_INSTANT.formatted(field, text));
            return Optional.empty();
        }
    }

    private void productProblems(List<String> problems) {
        if (products == null) {
            return;
        }
        products.forEach((product, outcome) -> {
            if (Product.fromWire(product).isEmpty()) {
                problems.add(UNKNOWN_PRODUCT.formatted(product));
            } else if (ProductOutcome.fromWire(outcome).isEmpty()) {
                problems.add(UNKNOWN_PRODUCT_OUTCOME.formatted(product, outcome));
            }
        });
    }
}

package dev.plugboard.http.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.catalog.ConnectorQuery;
import dev.plugboard.domain.catalog.FlagFilter;
import dev.plugboard.domain.catalog.PageRequest;
import dev.plugboard.domain.connector.ConnectorType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the query string of {@code GET /connectors} into a {@link ConnectorQuery}. Array
 * parameters are accepted comma-joined, repeated, bracket-indexed, or as a JSON array string
 * ({@code ["BR"]}, the seed's example values). Every bad value is a 400 naming the parameter and
 * the value; unknown parameters are ignored, as Pluggy ignores the legacy {@code includeHealth}.
 */
public final class ListQueryParser {
    /** A parsed list request: the query and whether to add {@code health.details}. */
    public record ListRequest(ConnectorQuery query, boolean healthDetails) {}

    public static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_PAGE = 1_000_000;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPES =
            Arrays.stream(ConnectorType.values()).map(Enum::name).collect(Collectors.joining(", "));

    private ListQueryParser() {}

    /**
     * Query strings parsed before: clients repeat the same few searches, and parsing is a pure
     * function of the text. Only well-formed queries get in (a bad one throws before), bounded by
     * entries and by the length of each text; full, it starts again empty.
     */
    private static final Map<String, ListRequest> PARSED = new ConcurrentHashMap<>();

    private static final Map<String, Boolean> HEALTH_DETAILS = new ConcurrentHashMap<>();

    static final int PARSED_CAPACITY = 1024;
    static final int PARSED_MAX_LENGTH = 512;

    public static ListRequest parse(String rawQuery) {
        return remembered(PARSED, rawQuery == null ? "" : rawQuery, ListQueryParser::parseAnew);
    }

    /**
     * What {@code parse} made of {@code raw} before, or makes now and keeps: only a value that did
     * not throw, only for a text of at most {@link #PARSED_MAX_LENGTH}; full, the map starts again
     * empty.
     */
    private static <T> T remembered(Map<String, T> map, String raw, Function<String, T> parse) {
        T known = map.get(raw);
        if (known != null) {
            return known;
        }
        T parsed = parse.apply(raw);
        if (raw.length() <= PARSED_MAX_LENGTH) {
            if (map.size() >= PARSED_CAPACITY) {
                map.clear();
            }
            map.put(raw, parsed);
        }
        return parsed;
    }

    /** How many parsed query strings are remembered now. */
    static int parsedCount() {
        return PARSED.size();
    }

    private static ListRequest parseAnew(String rawQuery) {
        QueryString q = QueryString.parse(rawQuery);
        ConnectorQuery.Builder query = ConnectorQuery.builder()
                .countries(countries(q))
                .types(types(q))
                .includeSandbox(flag(q, "sandbox").orElse(false))
                .openFinance(filter(q, "isOpenFinance"))
                .paymentInitiation(filter(q, "supportsPaymentInitiation"))
                .smartTransfers(filter(q, "supportsSmartTransfers"))
                .automaticPix(filter(q, "supportsAutomaticPix"));
        name(q).ifPresent(query::name);
        page(q).ifPresent(query::page);
        return new ListRequest(query.build(), healthDetails(q));
    }

    /**
     * The {@code healthDetails} flag of {@code GET /connectors/{id}}'s query string; like a list
     * query, a well-formed one is remembered.
     */
    public static boolean healthDetails(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return false;
        }
        return remembered(HEALTH_DETAILS, rawQuery, raw -> healthDetails(QueryString.parse(raw)));
    }

    /** The {@code healthDetails} flag, the only parameter of {@code GET /connectors/{id}}. */
    public static boolean healthDetails(QueryString q) {
        return flag(q, "healthDetails").orElse(false);
    }

    private static Set<String> countries(QueryString q) {
        Set<String> countries = new LinkedHashSet<>();
        for (String country : list(q, "countries")) {
            if (!COUNTRY.matcher(country).matches()) {
                throw new ApiException(
                        ApiError.INVALID_QUERY_PARAMETER,
                        "countries",
                        country,
                        "a country is two letters, such as BR.");
            }
            countries.add(country.toUpperCase(Locale.ROOT));
        }
        return countries;
    }

    private static Set<ConnectorType> types(QueryString q) {
        Set<ConnectorType> types = new LinkedHashSet<>();
        for (String type : list(q, "types")) {
            types.add(ConnectorType.fromWire(type.toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new ApiException(
                            ApiError.INVALID_QUERY_PARAMETER, "types", type, "a type is one of " + TYPES + ".")));
        }
        return types;
    }

    /** Every element sent under an array parameter, in any accepted form, blanks dropped. */
    private static List<String> list(QueryString q, String name) {
        List<String> elements = new ArrayList<>();
        for (String value : q.all(name)) {
            String trimmed = value.strip();
            if (trimmed.startsWith("[")) {
                elements.addAll(jsonArray(name, trimmed));
            } else {
                Arrays.stream(trimmed.split(",")).map(String::strip).forEach(elements::add);
            }
        }
        elements.removeIf(String::isEmpty);
        return elements;
    }

    private static List<String> jsonArray(String name, String text) {
        JsonNode node;
        try {
            node = JSON.readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(text);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isArray()) {
            throw new ApiException(
                    ApiError.INVALID_QUERY_PARAMETER, name, text, "a JSON array must look like [\"A\",\"B\"].");
        }
        List<String> elements = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new ApiException(
                        ApiError.INVALID_QUERY_PARAMETER, name, text, "a JSON array may hold only strings.");
            }
            elements.add(element.asText().strip());
        }
        return elements;
    }

    private static Optional<String> name(QueryString q) {
        Optional<String> name = q.single("name");
        if (name.isPresent() && name.get().length() > MAX_NAME_LENGTH) {
            throw new ApiException(
                    ApiError.INVALID_QUERY_PARAMETER,
                    "name",
                    name.get(),
                    "a name is at most " + MAX_NAME_LENGTH + " characters.");
        }
        return name;
    }

    private static FlagFilter filter(QueryString q, String name) {
        return flag(q, name).map(FlagFilter::of).orElse(FlagFilter.ANY);
    }

    private static Optional<Boolean> flag(QueryString q, String name) {
        return q.single(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ApiException(ApiError.INVALID_QUERY_PARAMETER, name, value, "expected true or false.");
        });
    }

    private static Optional<PageRequest> page(QueryString q) {
        Optional<Integer> page = number(q, "page", 1, MAX_PAGE);
        Optional<Integer> size = number(q, "pageSize", 1, PageRequest.MAX_PAGE_SIZE);
        if (page.isEmpty() && size.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PageRequest(page.orElse(1), size.orElse(PageRequest.DEFAULT_PAGE_SIZE)));
    }

    private static Optional<Integer> number(QueryString q, String name, int min, int max) {
        return q.single(name).map(value -> {
            String reason = "expected a whole number from " + min + " to " + max + ".";
            if (!value.matches("[0-9]{1,9}")) {
                throw new ApiException(ApiError.INVALID_QUERY_PARAMETER, name, value, reason);
            }
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new ApiException(ApiError.INVALID_QUERY_PARAMETER, name, value, reason);
            }
            return number;
        });
    }
}

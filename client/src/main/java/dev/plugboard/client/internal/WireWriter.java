package dev.plugboard.client.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.client.ConnectTokenOptions;
import dev.plugboard.client.ConnectorQuery;
import dev.plugboard.client.ConnectorType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Writes requests as the official SDKs do: array filters comma-joined ({@code countries=BR,AR}),
 * flags as {@code true}/{@code false}, only the filters that are set; bodies as JSON objects.
 */
public final class WireWriter {
    private WireWriter() {}

    /** The query string of {@code GET /connectors}, with its {@code ?}, or empty. */
    public static String query(ConnectorQuery query) {
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        if (!query.countries().isEmpty()) {
            joined.add("countries="
                    + query.countries().stream().map(WireWriter::encode).collect(Collectors.joining(",")));
        }
        if (!query.types().isEmpty()) {
            joined.add(
                    "types=" + query.types().stream().map(ConnectorType::name).collect(Collectors.joining(",")));
        }
        query.name().ifPresent(name -> joined.add("name=" + encode(name)));
        if (query.sandbox()) {
            joined.add("sandbox=true");
        }
        if (query.healthDetails()) {
            joined.add("healthDetails=true");
        }
        ConnectorQuery.Filters filters = query.filters();
        flag(joined, "isOpenFinance", filters.openFinance());
        flag(joined, "supportsPaymentInitiation", filters.paymentInitiation());
        flag(joined, "supportsSmartTransfers", filters.smartTransfers());
        flag(joined, "supportsAutomaticPix", filters.automaticPix());
        query.page().ifPresent(page -> joined.add("page=" + page));
        query.pageSize().ifPresent(size -> joined.add("pageSize=" + size));
        return joined.toString();
    }

    public static String authBody(String clientId, String clientSecret) {
        ObjectNode body = Json.object();
        body.put("clientId", clientId);
        body.put("clientSecret", clientSecret);
        return Json.write(body);
    }

    public static String parametersBody(Map<String, String> parameters) {
        ObjectNode body = Json.object();
        parameters.forEach(body::put);
        return Json.write(body);
    }

    public static String connectTokenBody(ConnectTokenOptions options) {
        ObjectNode body = Json.object();
        options.itemId().ifPresent(id -> body.put("itemId", id));
        ObjectNode widget = Json.object();
        options.clientUserId().ifPresent(value -> widget.put("clientUserId", value));
        options.webhookUrl().ifPresent(value -> widget.put("webhookUrl", value));
        options.oauthRedirectUri().ifPresent(value -> widget.put("oauthRedirectUri", value));
        if (!widget.isEmpty()) {
            body.set("options", widget);
        }
        return Json.write(body);
    }

    private static void flag(StringJoiner joined, String name, Optional<Boolean> value) {
        value.ifPresent(flag -> joined.add(name + "=" + flag));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package dev.plugboard.http.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.webhook.Webhook;
import dev.plugboard.domain.webhook.WebhookDraft;
import dev.plugboard.domain.webhook.WebhookUpdate;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import dev.plugboard.http.wire.WireTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies of the webhook API. Requests are Pluggy's {@code CreateWebhook} and
 * {@code UpdateWebhook} (unknown fields are ignored, as clients may send more); a wrong type is a
 * 400 naming the field, never its value. Answers are Pluggy's {@code Webhook} in its field order,
 * then {@code headers}, then — only in the answer to its creation — {@code secret}.
 */
final class WebhookJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookJson() {}

    static WebhookDraft draft(JsonNode body) {
        return new WebhookDraft(
                requiredString(body, "event"),
                requiredString(body, "url"),
                headers(body.get("headers")).orElse(Map.of()));
    }

    static WebhookUpdate update(JsonNode body) {
        JsonNode enabled = body.get("enabled");
        if (enabled != null && !enabled.isNull() && !enabled.isBoolean()) {
            throw new ApiException(ApiError.INVALID_FIELD, "enabled", "must be true or false");
        }
        JsonNode headers = body.get("headers");
        return new WebhookUpdate(
                optionalString(body, "event"),
                optionalString(body, "url"),
                headers == null
                        ? Optional.empty()
                        : Optional.of(headers(headers).orElse(Map.of())),
                enabled == null || enabled.isNull() ? Optional.empty() : Optional.of(enabled.asBoolean()));
    }

    private static String requiredString(JsonNode body, String field) {
        return optionalString(body, field)
                .orElseThrow(() -> new ApiException(ApiError.INVALID_FIELD, field, "is required"));
    }

    private static Optional<String> optionalString(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ApiException(ApiError.INVALID_FIELD, field, "must be a string");
        }
        return Optional.of(value.asText());
    }

    /** Headers as sent, in order; empty for {@code null} or an absent field. */
    private static Optional<Map<String, String>> headers(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new ApiException(
                    ApiError.INVALID_FIELD, "headers", "must be an object of header names to string values, or null");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new ApiException(ApiError.INVALID_FIELD, "headers." + entry.getKey(), "must be a string");
            }
            headers.put(entry.getKey(), entry.getValue().asText());
        });
        return Optional.of(headers);
    }

    static byte[] webhook(Webhook webhook, boolean withSecret) {
        return bytes(tree(webhook, withSecret));
    }

    /** Pluggy's list shape; every webhook of the application on one page. */
    static byte[] list(List<Webhook> webhooks) {
        ObjectNode body = JSON.createObjectNode()
                .put("page", 1)
                .put("total", webhooks.size())
                .put("totalPages", webhooks.isEmpty() ? 0 : 1);
        ArrayNode results = body.putArray("results");
        webhooks.forEach(w -> results.add(tree(w, false)));
        return bytes(body);
    }

    /** Pluggy's {@code ICountResponse}, the answer to a deletion. */
    static byte[] count(int count) {
        return bytes(JSON.createObjectNode().put("count", count));
    }

    private static ObjectNode tree(Webhook webhook, boolean withSecret) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", webhook.id().toString())
                .put("event", webhook.event().wireName())
                .put("url", webhook.url());
        if (webhook.disabledAt().isPresent()) {
            node.put("disabledAt", WireTime.format(webhook.disabledAt().get()));
        } else {
            node.putNull("disabledAt");
        }
        node.put("createdAt", WireTime.format(webhook.createdAt()));
        node.put("updatedAt", WireTime.format(webhook.updatedAt()));
        ObjectNode headers = node.putObject("headers");
        webhook.headers().forEach(headers::put);
        if (withSecret) {
            node.put("secret", webhook.secret().reveal());
        }
        return node;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }
}

package dev.plugboard.domain.webhook;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial change ({@code PATCH /webhooks/{id}}, Pluggy's {@code UpdateWebhook}): absent fields
 * keep their value.
 *
 * @param headers present to replace every header; an empty map clears them (what {@code null} sends)
 * @param enabled present to enable ({@code true}, clearing {@code disabledAt}) or disable the webhook
 */
public record WebhookUpdate(
        Optional<String> event,
        Optional<String> url,
        Optional<Map<String, String>> headers,
        Optional<Boolean> enabled) {

    public WebhookUpdate {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(enabled, "enabled");
    }

    public static final WebhookUpdate NONE =
            new WebhookUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}

package dev.plugboard.domain.webhook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A subscription as a client asked for it ({@code POST /webhooks}), not yet checked: the event as
 * sent, the URL and the headers. {@link WebhookRules} says what is wrong with it.
 */
public record WebhookDraft(String event, String url, Map<String, String> headers) {
    public WebhookDraft {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(url, "url");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
    }
}

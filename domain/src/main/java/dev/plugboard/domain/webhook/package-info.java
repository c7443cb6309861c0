/**
 * Webhooks: an application's subscriptions to the events Plugboard emits (only
 * {@code connector/status_updated}), the rules their URLs and headers follow, the event payloads,
 * the signature every delivery carries, and the retry policy of the outbox. Subscriptions and
 * pending deliveries are stored through the {@link dev.plugboard.domain.webhook.WebhookRepository}
 * port; sending is the application's job. Depends only on the JDK, {@code dev.plugboard.domain}
 * and {@code domain.health} / {@code domain.connector} for the status-change event.
 */
package dev.plugboard.domain.webhook;

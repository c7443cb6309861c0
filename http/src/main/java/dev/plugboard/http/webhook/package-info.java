/**
 * Pluggy's webhook API for the events Plugboard emits ({@code /webhooks}, {@code /webhooks/{id}};
 * application keys only): the handlers, which parse on the event loop and run
 * {@link dev.plugboard.domain.webhook.Webhooks} on a worker thread, the request and answer bodies,
 * and the messages of refused subscriptions. Depends on the domain, the wire codecs, Jackson and
 * (in the handlers only) Vert.x.
 */
package dev.plugboard.http.webhook;

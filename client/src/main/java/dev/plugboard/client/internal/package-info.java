/**
 * Not API: how {@link dev.plugboard.client.PlugboardClient} talks to the server. The transport on
 * {@code java.net.http.HttpClient} with timeouts and retries (capped exponential backoff with
 * jitter, {@code Retry-After}), the API key cache that renews keys before their {@code exp} and
 * once on a 403, the mapping of error answers to exceptions, and reading and writing the wire
 * JSON with Jackson. May change in any release. Depends on the JDK, Jackson and the API package.
 */
package dev.plugboard.client.internal;

/**
 * Protection against overload: per-key rate limits (GCRA over a bounded map) answered with Pluggy's
 * 429 and {@code RateLimit-*} headers, the client address behind trusted proxies, and load
 * shedding with a 503 when too many requests or database tasks are already under way. Depends on
 * Vert.x Web and the wire error codes; knows nothing of the routes beyond the operational paths it
 * leaves alone.
 */
package dev.plugboard.http.overload;

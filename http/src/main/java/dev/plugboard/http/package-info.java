/**
 * The Vert.x Web adapter: {@link dev.plugboard.http.Routes} (the whole URL space in one table),
 * thin handlers that parse, call one domain method and write a precomputed or freshly written
 * body, the API-key guard, the one {@link dev.plugboard.http.ErrorMapper}, and
 * {@link dev.plugboard.http.PlugboardServer} which starts it on every core. Reads are answered
 * from memory on the event loop; storage work runs on worker threads. Depends on the domain, the
 * wire codecs, Vert.x and nimbus (through {@code http.auth}).
 */
package dev.plugboard.http;

/**
 * The wire: how Plugboard's values are written to and read from JSON exactly as Pluggy's API
 * does it (field order, omitted versus {@code null}, number and time formats), the one error
 * envelope, and the parsers of query strings and request bodies. Depends on the domain and Jackson;
 * knows nothing of Vert.x, so the same codecs serve the server, the CLI and the tests.
 */
package dev.plugboard.http.wire;

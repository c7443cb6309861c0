/**
 * The API description Plugboard serves: the hand-written OpenAPI 3.1 document
 * ({@code openapi/plugboard.yaml}, served as YAML and as JSON at {@code /openapi.yaml} and
 * {@code /openapi.json}) and the reference page rendered from it at {@code /docs} (Swagger UI,
 * bundled in the jar). Nothing is read at start: each file is read once, on a worker thread, when
 * first asked for. Depends on Vert.x and Jackson (with its YAML module).
 */
package dev.plugboard.http.description;

/**
 * The application: configuration (one immutable record, loaded once and validated whole), the
 * wiring of storage, domain and HTTP, the bundled catalog, the signing key, and the
 * {@code plugboard} command line. The only package that knows every other one.
 */
package dev.plugboard.app;

/**
 * The administration API ({@code /admin/…}, operators with the admin role): connectors read,
 * created, replaced, merge-patched and disabled with optimistic concurrency ({@code ETag} /
 * {@code If-Match}), whole catalogs imported (with a dry-run diff) and exported, and the audit log.
 * {@link dev.plugboard.http.admin.CatalogEditor} holds the rules, on JSON documents in Pluggy's
 * shape (merge patches and diffs are defined on JSON); it blocks on the database, so handlers run
 * it off the event loop. The CLI uses it too, directly on a database. Depends on the domain, the
 * wire codecs and Jackson; only the handlers know Vert.x.
 */
package dev.plugboard.http.admin;

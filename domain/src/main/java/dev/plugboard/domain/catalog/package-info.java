/**
 * The catalog: the immutable {@link dev.plugboard.domain.catalog.CatalogSnapshot} every read is
 * served from, the {@link dev.plugboard.domain.catalog.ConnectorQuery} filters of
 * {@code GET /connectors}, the {@link dev.plugboard.domain.catalog.Catalog} that swaps snapshots
 * atomically, and the {@link dev.plugboard.domain.catalog.ConnectorRepository} port storage
 * implements. Depends on {@code domain.connector} and {@code domain.credential}.
 */
package dev.plugboard.domain.catalog;

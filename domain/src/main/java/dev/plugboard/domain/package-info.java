/**
 * The Plugboard domain: what a connector is, how the catalog is queried, how credentials are
 * validated and how applications authenticate. Pure Java 21; the only library it may use is RE2J
 * (linear-time regular expressions). Frameworks (Vert.x, Jackson, Jdbi, Flyway) are banned by the
 * build. Storage and HTTP adapters depend on this package, never the other way round.
 */
package dev.plugboard.domain;

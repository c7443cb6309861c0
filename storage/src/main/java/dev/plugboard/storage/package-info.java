/**
 * Durable storage with Jdbi, HikariCP and Flyway: the domain's repository ports implemented for
 * SQLite (the embedded default, one file under the data directory) and PostgreSQL. All SQL of
 * Plugboard lives here, as text blocks with named parameters; migrations are under
 * {@code db/migration/common} where portable and {@code db/migration/<dialect>} where not.
 * Depends on the domain, Jdbi, HikariCP, Flyway, the JDBC drivers and Jackson (for the JSON
 * columns).
 */
package dev.plugboard.storage;

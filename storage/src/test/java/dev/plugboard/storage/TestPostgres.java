package dev.plugboard.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL (embedded binaries, no set-up needed) for every storage test of this JVM,
 * started on first use and stopped when the JVM ends; each test gets a database of its own.
 */
final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestPostgres() {}

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the binaries' temporary directory goes with it
                }
            }));
        }
        return postgres;
    }

    /** Creates an empty database named {@code prefix_<n>}; answers its name. */
    static String createDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** Settings for the database {@code name}, with a small pool. */
    static DatabaseSettings settings(String name) {
        return new DatabaseSettings(
                server().getJdbcUrl("postgres", name), Optional.of("postgres"), Optional.empty(), 2);
    }
}

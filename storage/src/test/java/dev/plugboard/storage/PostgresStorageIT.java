package dev.plugboard.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on a real PostgreSQL (embedded binaries, no set-up needed). */
class PostgresStorageIT extends StorageContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private String current;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    DatabaseSettings freshDatabase() throws SQLException {
        current = "plugboard_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + current);
        }
        return reopenSettings();
    }

    @Override
    DatabaseSettings reopenSettings() {
        return new DatabaseSettings(
                postgres.getJdbcUrl("postgres", current), Optional.of("postgres"), Optional.empty(), 2);
    }
}

package dev.plugboard.storage;

import java.sql.SQLException;

/** The storage contract on a real PostgreSQL (embedded binaries, no set-up needed). */
class PostgresStorageIT extends StorageContract {
    private String current;

    @Override
    DatabaseSettings freshDatabase() throws SQLException {
        current = TestPostgres.createDatabase("plugboard");
        return reopenSettings();
    }

    @Override
    DatabaseSettings reopenSettings() {
        return TestPostgres.settings(current);
    }
}

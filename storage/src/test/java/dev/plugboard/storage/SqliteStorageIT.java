package dev.plugboard.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on the embedded default: a SQLite file. */
class SqliteStorageIT extends StorageContract {
    @TempDir
    Path dir;

    @Override
    DatabaseSettings freshDatabase() {
        return DatabaseSettings.sqlite(dir.resolve("plugboard.db"));
    }

    @Override
    DatabaseSettings reopenSettings() {
        return freshDatabase();
    }

    @Test
    void sqlite_runs_in_wal_mode_with_full_synchronous_commits() {
        String journal = database.jdbi()
                .withHandle(h ->
                        h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
        int synchronous = database.jdbi()
                .withHandle(h ->
                        h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one());

        assertThat(journal).isEqualTo("wal");
        assertThat(synchronous).as("2 is FULL").isEqualTo(2);
        assertThat(database.dialect()).isEqualTo(Dialect.SQLITE);
    }
}

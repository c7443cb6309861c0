package dev.plugboard.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The health storage contract on SQLite. */
class SqliteHealthStorageIT extends HealthStorageContract {
    @TempDir
    Path dir;

    @Override
    DatabaseSettings freshDatabase() {
        return DatabaseSettings.sqlite(dir.resolve("plugboard.db"));
    }
}

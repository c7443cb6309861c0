package dev.plugboard.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The webhook storage contract on the embedded default: a SQLite file. */
class SqliteWebhookStorageIT extends WebhookStorageContract {
    @TempDir
    Path dir;

    @Override
    DatabaseSettings freshDatabase() {
        return DatabaseSettings.sqlite(dir.resolve("plugboard.db"));
    }
}

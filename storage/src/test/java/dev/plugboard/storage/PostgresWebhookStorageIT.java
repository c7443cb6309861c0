package dev.plugboard.storage;

import java.sql.SQLException;

/** The webhook storage contract on a real PostgreSQL (embedded binaries, no set-up needed). */
class PostgresWebhookStorageIT extends WebhookStorageContract {
    @Override
    DatabaseSettings freshDatabase() throws SQLException {
        return TestPostgres.settings(TestPostgres.createDatabase("webhooks"));
    }
}

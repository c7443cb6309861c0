package dev.plugboard.storage;

/** The health storage contract on a real PostgreSQL. */
class PostgresHealthStorageIT extends HealthStorageContract {
    @Override
    DatabaseSettings freshDatabase() throws Exception {
        return TestPostgres.settings(TestPostgres.createDatabase("health"));
    }
}

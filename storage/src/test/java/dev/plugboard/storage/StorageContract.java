package dev.plugboard.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.Secret;
import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.ApplicationRepository;
import dev.plugboard.domain.auth.SecretHash;
import dev.plugboard.domain.catalog.ConnectorRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database Plugboard runs on must do. Subclasses supply a fresh, empty database; the
 * same assertions then run against SQLite and a real PostgreSQL.
 */
abstract class StorageContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    Database database;

    /** Settings of a new, empty database. */
    abstract DatabaseSettings freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(freshDatabase(), CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_new_database_is_not_seeded_and_holds_no_connectors() {
        ConnectorRepository connectors = database.connectors();

        assertThat(connectors.seeded()).isFalse();
        assertThat(connectors.version()).isZero();
        assertThat(connectors.loadAll()).isEmpty();
    }

    @Test
    void seeding_stores_every_field_of_every_connector_and_sets_version_one() {
        ConnectorRepository connectors = database.connectors();

        connectors.seed(List.of(StorageConnectors.everythingSet(), StorageConnectors.pluggyBank()));

        assertThat(connectors.seeded()).isTrue();
        assertThat(connectors.version()).isEqualTo(1);
        assertThat(connectors.loadAll())
                .containsExactly(StorageConnectors.pluggyBank(), StorageConnectors.everythingSet());
    }

    @Test
    void seeding_twice_fails_and_keeps_the_first_catalog() {
        ConnectorRepository connectors = database.connectors();
        connectors.seed(List.of(StorageConnectors.pluggyBank()));

        assertThatThrownBy(() -> connectors.seed(List.of(StorageConnectors.everythingSet())))
                .isInstanceOf(RuntimeException.class);

        assertThat(connectors.loadAll()).containsExactly(StorageConnectors.pluggyBank());
        assertThat(connectors.version()).isEqualTo(1);
    }

    @Test
    void reopening_a_migrated_database_keeps_its_data() throws Exception {
        database.connectors().seed(List.of(StorageConnectors.pluggyBank()));
        DatabaseSettings settings = reopenSettings();
        database.close();

        database = Database.open(settings, CLOCK);

        assertThat(database.connectors().loadAll()).containsExactly(StorageConnectors.pluggyBank());
    }

    /** Settings that reach the same database again. */
    abstract DatabaseSettings reopenSettings();

    @Test
    void applications_are_stored_found_listed_and_disabled() {
        ApplicationRepository applications = database.applications();
        Application first = new Application(
                UUID.fromString("11111111-1111-4111-8111-111111111111"),
                "first",
                true,
                Instant.parse("2026-01-01T00:00:00Z"));
        Application second = new Application(
                UUID.fromString("22222222-2222-4222-8222-222222222222"),
                "second",
                true,
                Instant.parse("2026-02-01T00:00:00Z"));
        SecretHash hash = SecretHash.of(Secret.of("s3cret-value"), new SecureRandom());
        applications.insert(second, hash);
        applications.insert(first, hash);

        assertThat(applications.count()).isEqualTo(2);
        assertThat(applications.list()).containsExactly(first, second);
        assertThat(applications.find(first.clientId())).contains(new ApplicationRepository.Stored(first, hash));
        assertThat(applications.disable(first.clientId(), Instant.parse("2026-03-01T00:00:00Z")))
                .isTrue();
        assertThat(applications.find(first.clientId()).map(s -> s.application().enabled()))
                .contains(false);
        assertThat(applications.find(second.clientId()).map(s -> s.application().enabled()))
                .contains(true);
    }

    @Test
    void unknown_applications_are_absent_and_cannot_be_disabled() {
        ApplicationRepository applications = database.applications();
        UUID unknown = UUID.fromString("33333333-3333-4333-8333-333333333333");

        assertThat(applications.find(unknown)).isEqualTo(Optional.empty());
        assertThat(applications.disable(unknown, Instant.EPOCH)).isFalse();
        assertThat(applications.count()).isZero();
    }

    @Test
    void a_failed_write_names_no_bound_value_in_its_message() {
        ApplicationRepository applications = database.applications();
        Application app =
                new Application(UUID.fromString("44444444-4444-4444-8444-444444444444"), "dup", true, Instant.EPOCH);
        SecretHash hash = SecretHash.of(Secret.of("another-secret"), new SecureRandom());
        applications.insert(app, hash);

        assertThatThrownBy(() -> applications.insert(app, hash))
                .isInstanceOf(RuntimeException.class)
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(hash.encoded()));
    }

    @Test
    void a_migrated_database_is_recognised_as_current_so_flyway_is_skipped_next_time() throws Exception {
        try (var pool = new com.zaxxer.hikari.HikariDataSource()) {
            pool.setJdbcUrl(reopenSettings().jdbcUrl());
            reopenSettings().user().ifPresent(pool::setUsername);
            assertThat(Database.isCurrent(pool)).isTrue();
            try (var c = pool.getConnection();
                    var s = c.createStatement()) {
                s.execute("UPDATE flyway_schema_history SET success = FALSE");
            }
            assertThat(Database.isCurrent(pool)).isFalse();
        }
    }
}

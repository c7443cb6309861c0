package dev.plugboard.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plugboard.domain.Secret;
import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.ApplicationRepository;
import dev.plugboard.domain.auth.Role;
import dev.plugboard.domain.auth.SecretHash;
import dev.plugboard.domain.auth.SigningKeyRepository;
import dev.plugboard.domain.catalog.Actor;
import dev.plugboard.domain.catalog.AuditEntry;
import dev.plugboard.domain.catalog.AuditQuery;
import dev.plugboard.domain.catalog.ConnectorChange;
import dev.plugboard.domain.catalog.ConnectorIdRetiredException;
import dev.plugboard.domain.catalog.ConnectorRepository;
import dev.plugboard.domain.catalog.StaleRevisionException;
import dev.plugboard.domain.catalog.StoredConnector;
import dev.plugboard.domain.connector.Connector;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
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
    void seeding_twice_keeps_the_first_catalog() {
        ConnectorRepository connectors = database.connectors();

        assertThat(connectors.seed(List.of(StorageConnectors.pluggyBank()))).isTrue();
        assertThat(connectors.seed(List.of(StorageConnectors.everythingSet()))).isFalse();

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
                Role.APPLICATION,
                true,
                Instant.parse("2026-01-01T00:00:00Z"));
        Application second = new Application(
                UUID.fromString("22222222-2222-4222-8222-222222222222"),
                "second",
                Role.ADMIN,
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
        Application app = new Application(
                UUID.fromString("44444444-4444-4444-8444-444444444444"), "dup", Role.INGEST, true, Instant.EPOCH);
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

    static final Actor OPERATOR = new Actor("55555555-5555-4555-8555-555555555555", "ops");
    static final Instant LATER = Instant.parse("2026-12-04T11:00:00Z");

    private static ConnectorChange create(Connector connector) {
        return new ConnectorChange(connector.id(), Optional.of(connector), OptionalLong.empty(), "create", "{}");
    }

    @Test
    void changes_create_replace_and_disable_connectors_with_revisions_and_one_version_each() {
        ConnectorRepository connectors = database.connectors();
        connectors.seed(List.of(StorageConnectors.pluggyBank()));
        Connector renamed = StorageConnectors.pluggyBank().withName("Pluggy Bank 2");

        long created = connectors.apply(List.of(create(StorageConnectors.everythingSet())), OPERATOR, LATER);
        long replaced = connectors.apply(
                List.of(new ConnectorChange(2, Optional.of(renamed), OptionalLong.of(1), "replace", "{\"name\":1}")),
                OPERATOR,
                LATER);
        long disabled = connectors.apply(
                List.of(new ConnectorChange(601, Optional.empty(), OptionalLong.of(1), "disable", "{}")),
                OPERATOR,
                LATER);

        assertThat(List.of(created, replaced, disabled)).containsExactly(2L, 3L, 4L);
        assertThat(connectors.version()).isEqualTo(4);
        assertThat(connectors.loadAll()).containsExactly(renamed);
        assertThat(connectors.find(2)).contains(new StoredConnector(renamed, true, 2));
        assertThat(connectors.loadAllStored())
                .extracting(StoredConnector::enabled, StoredConnector::revision)
                .containsExactly(tuple(true, 2L), tuple(false, 2L));
    }

    @Test
    void a_change_based_on_a_stale_revision_applies_nothing_of_its_batch() {
        ConnectorRepository connectors = database.connectors();
        connectors.seed(List.of(StorageConnectors.pluggyBank()));
        Connector renamed = StorageConnectors.pluggyBank().withName("Renamed");

        assertThatThrownBy(() -> connectors.apply(
                        List.of(
                                create(StorageConnectors.everythingSet()),
                                new ConnectorChange(2, Optional.of(renamed), OptionalLong.of(7), "replace", "{}")),
                        OPERATOR,
                        LATER))
                .isInstanceOf(StaleRevisionException.class);

        assertThat(connectors.loadAll()).containsExactly(StorageConnectors.pluggyBank());
        assertThat(connectors.version()).isEqualTo(1);
        assertThat(connectors.audit(new AuditQuery(OptionalInt.empty(), OptionalLong.empty(), 10)))
                .isEmpty();
    }

    @Test
    void creating_an_existing_id_is_stale_and_a_disabled_id_is_never_reused() {
        ConnectorRepository connectors = database.connectors();
        connectors.seed(List.of(StorageConnectors.pluggyBank()));
        connectors.apply(
                List.of(new ConnectorChange(2, Optional.empty(), OptionalLong.of(1), "disable", "{}")),
                OPERATOR,
                LATER);
        connectors.apply(List.of(create(StorageConnectors.everythingSet())), OPERATOR, LATER);

        assertThatThrownBy(() -> connectors.apply(List.of(create(StorageConnectors.everythingSet())), OPERATOR, LATER))
                .isInstanceOf(StaleRevisionException.class);
        assertThatThrownBy(() -> connectors.apply(List.of(create(StorageConnectors.pluggyBank())), OPERATOR, LATER))
                .isInstanceOf(ConnectorIdRetiredException.class);
    }

    @Test
    void every_change_is_audited_newest_first_and_can_be_filtered() {
        ConnectorRepository connectors = database.connectors();
        connectors.seed(List.of(StorageConnectors.pluggyBank()));
        connectors.apply(List.of(create(StorageConnectors.everythingSet())), OPERATOR, LATER);
        connectors.apply(
                List.of(new ConnectorChange(2, Optional.empty(), OptionalLong.of(1), "disable", "{\"enabled\":1}")),
                OPERATOR,
                LATER.plusSeconds(1));

        AuditEntry disable = new AuditEntry(3, 2, LATER.plusSeconds(1), OPERATOR, "disable", "{\"enabled\":1}");
        AuditEntry creation = new AuditEntry(2, 601, LATER, OPERATOR, "create", "{}");
        assertThat(connectors.audit(new AuditQuery(OptionalInt.empty(), OptionalLong.empty(), 10)))
                .containsExactly(disable, creation);
        assertThat(connectors.audit(new AuditQuery(OptionalInt.of(601), OptionalLong.empty(), 10)))
                .containsExactly(creation);
        assertThat(connectors.audit(new AuditQuery(OptionalInt.empty(), OptionalLong.of(3), 10)))
                .containsExactly(creation);
        assertThat(connectors.audit(new AuditQuery(OptionalInt.empty(), OptionalLong.empty(), 1)))
                .containsExactly(disable);
    }

    @Test
    void signing_keys_are_initialised_once_and_rotated() {
        SigningKeyRepository keys = database.signingKeys();
        var first = new SigningKeyRepository.StoredKey("k1", Secret.of("first-secret"), LATER, Optional.empty());
        var second = new SigningKeyRepository.StoredKey(
                "k2", Secret.of("second-secret"), LATER.plusSeconds(60), Optional.empty());

        assertThat(keys.initialise(first))
                .extracting(SigningKeyRepository.StoredKey::id)
                .containsExactly("k1");
        assertThat(keys.initialise(second))
                .extracting(SigningKeyRepository.StoredKey::id)
                .containsExactly("k1");
        keys.rotate(second, LATER.plusSeconds(60));

        assertThat(keys.all())
                .extracting(k -> k.id(), k -> k.secret().reveal(), k -> k.retiredAt())
                .containsExactly(
                        tuple("k2", "second-secret", Optional.empty()),
                        tuple("k1", "first-secret", Optional.of(LATER.plusSeconds(60))));
    }
}

package dev.plugboard.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.health.ChangeReason;
import dev.plugboard.domain.health.Execution;
import dev.plugboard.domain.health.ExecutionStatus;
import dev.plugboard.domain.health.HealthMonitor;
import dev.plugboard.domain.health.HealthPolicy;
import dev.plugboard.domain.health.HealthSnapshot;
import dev.plugboard.domain.health.HealthStatusMachine;
import dev.plugboard.domain.health.HealthView;
import dev.plugboard.domain.health.StatusChange;
import dev.plugboard.domain.health.StatusOverride;
import dev.plugboard.domain.health.TimeWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor over real storage and a clock the test moves: exact rates, counts, transitions and
 * history as outcomes arrive and age out of the six-hour window.
 */
class HealthMonitorIT {
    static final UUID APP = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    static final UUID OTHER_APP = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000002");
    static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    static final int BANK = 2;

    @TempDir
    Path dir;

    final MovableClock clock = new MovableClock(T0);
    final CatalogSnapshot catalog = CatalogSnapshot.of(1, List.of(StorageConnectors.pluggyBank()));
    Database database;
    HealthMonitor monitor;
    int nextId;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.sqlite(dir.resolve("plugboard.db")), clock);
        monitor = new HealthMonitor(database.health(), new HealthStatusMachine(HealthPolicy.DEFAULT), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void without_outcomes_a_connector_keeps_its_catalog_status() {
        HealthSnapshot snapshot = monitor.refresh(catalog);

        HealthView view = snapshot.view(BANK).orElseThrow();
        assertThat(view.status()).isEqualTo(HealthStatus.ONLINE);
        assertThat(view.error()).isEmpty();
        assertThat(view.stats().total()).isZero();
        assertThat(view.stats().connectionRate()).isEmpty();
        assertThat(view.stats().window()).isEqualTo(new TimeWindow(T0.minus(Duration.ofHours(6)), T0));
        assertThat(snapshot.connections(BANK, APP)).isZero();
        assertThat(database.health().changes(BANK, window())).isEmpty();
    }

    @Test
    void a_refresh_that_changes_nothing_returns_the_previous_snapshot_and_keeps_unchanged_views() {
        CatalogSnapshot two =
                CatalogSnapshot.of(1, List.of(StorageConnectors.pluggyBank(), StorageConnectors.everythingSet()));
        int other = StorageConnectors.everythingSet().id();
        clock.advance(Duration.ofSeconds(1));
        HealthSnapshot first = monitor.refresh(two, Optional.empty());
        clock.advance(Duration.ofSeconds(2));

        assertThat(monitor.refresh(two, Optional.of(first))).isSameAs(first);

        ingest(5, ExecutionStatus.SUCCESS, APP);
        clock.advance(Duration.ofSeconds(2));
        HealthSnapshot second = monitor.refresh(two, Optional.of(first));

        assertThat(second).isNotSameAs(first);
        assertThat(second.view(BANK).orElseThrow().stats().total()).isEqualTo(5);
        assertThat(second.connections(BANK, APP)).isEqualTo(5);
        assertThat(second.view(other).orElseThrow()).isSameAs(first.view(other).orElseThrow());
        assertThat(monitor.refresh(two, Optional.of(second))).isSameAs(second);

        // The next minute moves every connector's window: everything is new.
        clock.advance(Duration.ofMinutes(1));
        HealthSnapshot third = monitor.refresh(two, Optional.of(second));
        assertThat(third).isNotSameAs(second);
        assertThat(third.view(other).orElseThrow())
                .isNotSameAs(second.view(other).orElseThrow());
        assertThat(third.view(other).orElseThrow().stats().window().end()).isEqualTo(T0.plus(Duration.ofMinutes(2)));

        // A catalog of another shape is never answered with the previous snapshot.
        assertThat(monitor.refresh(catalog, Optional.of(third)).views().keySet())
                .containsExactly(BANK);
    }

    @Test
    void an_override_that_ends_within_the_same_window_still_expires_on_the_next_refresh() {
        clock.advance(Duration.ofSeconds(1));
        monitor.setOverride(
                catalog,
                BANK,
                new StatusOverride(HealthStatus.OFFLINE, "Maintenance", Optional.of(T0.plus(Duration.ofSeconds(30)))));
        HealthSnapshot pinned = monitor.refresh(catalog, Optional.empty());
        assertThat(pinned.view(BANK).orElseThrow().status()).isEqualTo(HealthStatus.OFFLINE);
        assertThat(monitor.refresh(catalog, Optional.of(pinned))).isSameAs(pinned);

        clock.advance(Duration.ofSeconds(39));
        HealthSnapshot after = monitor.refresh(catalog, Optional.of(pinned));

        assertThat(after.window()).isEqualTo(pinned.window());
        assertThat(after.view(BANK).orElseThrow().status()).isEqualTo(HealthStatus.ONLINE);
        assertThat(monitor.refresh(catalog, Optional.of(after))).isSameAs(after);
    }

    @Test
    void failures_move_the_status_down_and_each_move_is_recorded_once() {
        ingest(15, ExecutionStatus.SUCCESS, APP);
        ingest(5, ExecutionStatus.CONNECTION_ERROR, OTHER_APP);
        clock.advance(Duration.ofMinutes(1));

        HealthSnapshot first = monitor.refresh(catalog);

        HealthView unstable = first.view(BANK).orElseThrow();
        assertThat(unstable.status()).isEqualTo(HealthStatus.UNSTABLE);
        assertThat(unstable.stats().total()).isEqualTo(20);
        assertThat(unstable.stats().failures()).isEqualTo(5);
        assertThat(unstable.stats().connectionRate()).isEqualTo(OptionalDouble.of(75.0));
        assertThat(first.connections(BANK, APP)).isEqualTo(15);
        assertThat(first.connections(BANK, OTHER_APP)).isEqualTo(5);
        StatusChange down = new StatusChange(
                BANK,
                HealthStatus.ONLINE,
                HealthStatus.UNSTABLE,
                clock.instant(),
                ChangeReason.COMPUTED,
                OptionalDouble.of(75.0),
                20);
        assertThat(database.health().changes(BANK, window())).containsExactly(down);

        assertThat(monitor.refresh(catalog).view(BANK).orElseThrow().status())
                .as("a second refresh over the same outcomes")
                .isEqualTo(HealthStatus.UNSTABLE);
        assertThat(database.health().changes(BANK, window())).containsExactly(down);

        ingest(30, ExecutionStatus.SITE_NOT_AVAILABLE, APP);
        clock.advance(Duration.ofMinutes(1));
        HealthView offline = monitor.refresh(catalog).view(BANK).orElseThrow();

        assertThat(offline.status()).isEqualTo(HealthStatus.OFFLINE);
        assertThat(offline.stats().connectionRate()).isEqualTo(OptionalDouble.of(30.0));
        assertThat(database.health().changes(BANK, window()))
                .containsExactly(
                        down,
                        new StatusChange(
                                BANK,
                                HealthStatus.UNSTABLE,
                                HealthStatus.OFFLINE,
                                clock.instant(),
                                ChangeReason.COMPUTED,
                                OptionalDouble.of(30.0),
                                50));
    }

    @Test
    void user_errors_do_not_count_against_the_connector() {
        ingest(20, ExecutionStatus.INVALID_CREDENTIALS, APP);
        ingest(5, ExecutionStatus.SUCCESS, APP);
        clock.advance(Duration.ofMinutes(1));

        HealthView view = monitor.refresh(catalog).view(BANK).orElseThrow();

        assertThat(view.status()).isEqualTo(HealthStatus.ONLINE);
        assertThat(view.stats().connectionRate()).isEqualTo(OptionalDouble.of(100.0));
        assertThat(view.stats().total()).isEqualTo(25);
        assertThat(database.health().changes(BANK, window())).isEmpty();
    }

    @Test
    void a_status_needs_the_margin_to_come_back_and_the_minimum_sample_to_move() {
        ingest(19, ExecutionStatus.CONNECTION_ERROR, APP);
        clock.advance(Duration.ofMinutes(1));
        assertThat(monitor.refresh(catalog).view(BANK).orElseThrow().status())
                .as("19 executions are below the minimum sample of 20")
                .isEqualTo(HealthStatus.ONLINE);

        ingest(1, ExecutionStatus.CONNECTION_ERROR, APP);
        clock.advance(Duration.ofMinutes(1));
        assertThat(monitor.refresh(catalog).view(BANK).orElseThrow().status()).isEqualTo(HealthStatus.OFFLINE);

        // 20 failures then 180 successes: 90% is ONLINE's threshold, but not its threshold plus the margin.
        ingest(180, ExecutionStatus.SUCCESS, APP);
        clock.advance(Duration.ofMinutes(1));
        HealthView ninety = monitor.refresh(catalog).view(BANK).orElseThrow();
        assertThat(ninety.stats().connectionRate()).isEqualTo(OptionalDouble.of(90.0));
        assertThat(ninety.status()).isEqualTo(HealthStatus.UNSTABLE);

        ingest(200, ExecutionStatus.SUCCESS, APP);
        clock.advance(Duration.ofMinutes(1));
        HealthView ninetyFive = monitor.refresh(catalog).view(BANK).orElseThrow();
        assertThat(ninetyFive.stats().connectionRate()).isEqualTo(OptionalDouble.of(95.0));
        assertThat(ninetyFive.status()).isEqualTo(HealthStatus.ONLINE);
    }

    @Test
    void outcomes_leave_the_window_after_six_hours_and_the_last_status_stays() {
        ingest(20, ExecutionStatus.ERROR, APP);
        clock.advance(Duration.ofMinutes(1));
        assertThat(monitor.refresh(catalog).view(BANK).orElseThrow().status()).isEqualTo(HealthStatus.OFFLINE);

        clock.advance(Duration.ofHours(6));
        HealthSnapshot later = monitor.refresh(catalog);

        HealthView view = later.view(BANK).orElseThrow();
        assertThat(view.stats().total()).isZero();
        assertThat(view.stats().connectionRate()).isEmpty();
        assertThat(view.status()).as("no sample, no move").isEqualTo(HealthStatus.OFFLINE);
        assertThat(later.connections(BANK, APP)).isZero();
    }

    @Test
    void two_replicas_refreshing_the_same_outcomes_record_one_change() {
        HealthMonitor replica =
                new HealthMonitor(database.health(), new HealthStatusMachine(HealthPolicy.DEFAULT), clock);
        ingest(20, ExecutionStatus.CONNECTION_ERROR, APP);
        clock.advance(Duration.ofMinutes(1));

        HealthView a = monitor.refresh(catalog).view(BANK).orElseThrow();
        HealthView b = replica.refresh(catalog).view(BANK).orElseThrow();

        assertThat(a.status()).isEqualTo(HealthStatus.OFFLINE);
        assertThat(b.status()).isEqualTo(HealthStatus.OFFLINE);
        assertThat(database.health().changes(BANK, window())).hasSize(1);
        assertThat(database.health().states().get(BANK).version()).isEqualTo(1);
    }

    @Test
    void an_override_shows_its_status_and_message_until_cleared() {
        ingest(20, ExecutionStatus.SUCCESS, APP);
        clock.advance(Duration.ofMinutes(1));
        monitor.refresh(catalog);

        monitor.setOverride(catalog, BANK, StatusOverride.indefinitely(HealthStatus.OFFLINE, "Bank maintenance"));
        HealthView pinned = monitor.refresh(catalog).view(BANK).orElseThrow();
        assertThat(pinned.status()).isEqualTo(HealthStatus.OFFLINE);
        assertThat(pinned.error()).contains("Bank maintenance");
        assertThat(pinned.stats().connectionRate()).isEqualTo(OptionalDouble.of(100.0));

        clock.advance(Duration.ofMinutes(1));
        monitor.clearOverride(catalog, BANK);
        HealthView cleared = monitor.refresh(catalog).view(BANK).orElseThrow();
        assertThat(cleared.status()).isEqualTo(HealthStatus.ONLINE);
        assertThat(cleared.error()).isEmpty();

        assertThat(database.health().changes(BANK, window()))
                .extracting(StatusChange::reason, StatusChange::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeReason.OVERRIDE_SET, HealthStatus.OFFLINE),
                        org.assertj.core.groups.Tuple.tuple(ChangeReason.OVERRIDE_CLEARED, HealthStatus.ONLINE));
    }

    @Test
    void an_override_with_an_end_expires_on_the_first_refresh_after_it() {
        monitor.setOverride(
                catalog,
                BANK,
                new StatusOverride(
                        HealthStatus.UNSTABLE, "Slow answers", Optional.of(T0.plus(Duration.ofMinutes(10)))));
        assertThat(monitor.refresh(catalog).view(BANK).orElseThrow().status()).isEqualTo(HealthStatus.UNSTABLE);

        clock.advance(Duration.ofMinutes(10));
        HealthView view = monitor.refresh(catalog).view(BANK).orElseThrow();

        assertThat(view.status()).isEqualTo(HealthStatus.ONLINE);
        assertThat(view.error()).isEmpty();
        assertThat(database.health().changes(BANK, window()))
                .extracting(StatusChange::reason)
                .containsExactly(ChangeReason.OVERRIDE_SET, ChangeReason.OVERRIDE_EXPIRED);
    }

    /** {@code count} executions finished at the clock's instant, stored at once. */
    private void ingest(int count, ExecutionStatus status, UUID client) {
        List<Execution> executions = new ArrayList<>();
        Instant finished = clock.instant();
        for (int i = 0; i < count; i++) {
            nextId++;
            executions.add(new Execution(
                    UUID.fromString("00000000-0000-4000-8000-" + String.format("%012d", nextId)),
                    BANK,
                    client,
                    status,
                    finished.minusSeconds(30),
                    finished));
        }
        database.health().ingest(executions, finished);
    }

    private TimeWindow window() {
        return new TimeWindow(T0.minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1)));
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package dev.plugboard.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.health.ChangeReason;
import dev.plugboard.domain.health.Execution;
import dev.plugboard.domain.health.ExecutionStatus;
import dev.plugboard.domain.health.HealthRepository;
import dev.plugboard.domain.health.HealthState;
import dev.plugboard.domain.health.MinuteBucket;
import dev.plugboard.domain.health.OutcomeCounts;
import dev.plugboard.domain.health.ProductOutcome;
import dev.plugboard.domain.health.ProductTally;
import dev.plugboard.domain.health.StatusChange;
import dev.plugboard.domain.health.StatusOverride;
import dev.plugboard.domain.health.TimeWindow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do with execution outcomes and health states. */
abstract class HealthStorageContract {
    static final UUID APP = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    static final UUID OTHER_APP = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000002");
    static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    static final TimeWindow HOUR = new TimeWindow(T0, T0.plusSeconds(3600));

    Database database;
    HealthRepository health;

    abstract DatabaseSettings freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(freshDatabase(), StorageContract.CLOCK);
        health = database.health();
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Execution execution(int n, int connectorId, UUID client, ExecutionStatus status, Instant finishedAt) {
        return new Execution(
                UUID.fromString("00000000-0000-4000-8000-" + String.format("%012d", n)),
                connectorId,
                client,
                status,
                finishedAt.minusSeconds(30),
                finishedAt);
    }

    @Test
    void ingestion_counts_each_id_once_and_keeps_minute_aggregates() {
        Execution ok = execution(1, 201, APP, ExecutionStatus.SUCCESS, T0.plusSeconds(10));
        Execution down = execution(2, 201, OTHER_APP, ExecutionStatus.SITE_NOT_AVAILABLE, T0.plusSeconds(70));
        Execution other = execution(3, 601, APP, ExecutionStatus.LOGIN_ERROR, T0.plusSeconds(20));

        assertThat(health.ingest(List.of(ok, down, other), T0.plusSeconds(100)))
                .isEqualTo(new HealthRepository.IngestResult(3, 0));
        assertThat(health.ingest(List.of(ok, down), T0.plusSeconds(200)))
                .isEqualTo(new HealthRepository.IngestResult(0, 2));

        assertThat(health.totals(HOUR))
                .isEqualTo(Map.of(
                        201,
                                new OutcomeCounts(
                                        Map.of(ExecutionStatus.SUCCESS, 1L, ExecutionStatus.SITE_NOT_AVAILABLE, 1L),
                                        Map.of()),
                        601, new OutcomeCounts(Map.of(ExecutionStatus.LOGIN_ERROR, 1L), Map.of())));
        assertThat(health.clientTotals(HOUR))
                .isEqualTo(Map.of(201, Map.of(APP, 1L, OTHER_APP, 1L), 601, Map.of(APP, 1L)));
        assertThat(health.buckets(201, HOUR))
                .containsExactly(
                        new MinuteBucket(201, T0, new OutcomeCounts(Map.of(ExecutionStatus.SUCCESS, 1L), Map.of())),
                        new MinuteBucket(
                                201,
                                T0.plusSeconds(60),
                                new OutcomeCounts(Map.of(ExecutionStatus.SITE_NOT_AVAILABLE, 1L), Map.of())));
    }

    @Test
    void product_outcomes_add_up_per_minute() {
        Execution first = new Execution(
                UUID.fromString("00000000-0000-4000-8000-000000000011"),
                201,
                APP,
                ExecutionStatus.PARTIAL_SUCCESS,
                T0,
                T0.plusSeconds(5),
                Map.of(Product.ACCOUNTS, ProductOutcome.SUCCESS, Product.LOANS, ProductOutcome.ERROR));
        Execution second = new Execution(
                UUID.fromString("00000000-0000-4000-8000-000000000012"),
                201,
                APP,
                ExecutionStatus.SUCCESS,
                T0,
                T0.plusSeconds(6),
                Map.of(Product.ACCOUNTS, ProductOutcome.SUCCESS));
        health.ingest(List.of(first, second), T0.plusSeconds(10));

        assertThat(health.totals(HOUR).get(201).products())
                .isEqualTo(Map.of(Product.ACCOUNTS, new ProductTally(2, 2), Product.LOANS, new ProductTally(0, 1)));
    }

    @Test
    void the_window_takes_its_start_and_leaves_its_end() {
        health.ingest(
                List.of(
                        execution(21, 201, APP, ExecutionStatus.SUCCESS, T0),
                        execution(22, 201, APP, ExecutionStatus.ERROR, T0.plusSeconds(3600))),
                T0.plusSeconds(3601));

        assertThat(health.totals(HOUR).get(201).total()).isEqualTo(1);
        assertThat(health.totals(HOUR).get(201).count(ExecutionStatus.SUCCESS)).isEqualTo(1);
    }

    @Test
    void a_state_is_written_by_compare_and_set_with_its_change() {
        HealthState unstable = HealthState.initial(201, HealthStatus.UNSTABLE);
        StatusChange change = new StatusChange(
                201,
                HealthStatus.ONLINE,
                HealthStatus.UNSTABLE,
                T0,
                ChangeReason.COMPUTED,
                OptionalDouble.of(84.5),
                40);

        assertThat(health.transition(201, 0, unstable, Optional.of(change), T0)).isTrue();
        assertThat(health.transition(201, 0, unstable, Optional.of(change), T0))
                .as("a second first write")
                .isFalse();
        assertThat(health.states()).isEqualTo(Map.of(201, new HealthRepository.StoredState(unstable, 1)));

        HealthState overridden = new HealthState(
                201,
                HealthStatus.UNSTABLE,
                Optional.of(new StatusOverride(HealthStatus.OFFLINE, "maintenance", Optional.of(T0.plusSeconds(600)))));
        StatusChange pinned = new StatusChange(
                201,
                HealthStatus.UNSTABLE,
                HealthStatus.OFFLINE,
                T0.plusSeconds(60),
                ChangeReason.OVERRIDE_SET,
                OptionalDouble.empty(),
                0);
        assertThat(health.transition(201, 7, overridden, Optional.of(pinned), T0.plusSeconds(60)))
                .as("stale")
                .isFalse();
        assertThat(health.transition(201, 1, overridden, Optional.of(pinned), T0.plusSeconds(60)))
                .isTrue();

        assertThat(health.states().get(201)).isEqualTo(new HealthRepository.StoredState(overridden, 2));
        assertThat(health.changes(201, HOUR)).containsExactly(change, pinned);
        assertThat(health.lastChangeBefore(201, T0.plusSeconds(60))).contains(change);
        assertThat(health.lastChangeBefore(201, T0)).isEmpty();
    }

    @Test
    void purging_deletes_what_is_older_than_each_retention() {
        health.ingest(
                List.of(
                        execution(31, 201, APP, ExecutionStatus.SUCCESS, T0),
                        execution(32, 201, APP, ExecutionStatus.SUCCESS, T0.plusSeconds(1800))),
                T0.plusSeconds(1900));

        health.purge(T0.plusSeconds(600), T0.plusSeconds(60));

        assertThat(health.totals(HOUR).get(201).total()).isEqualTo(1);
        assertThat(health.clientTotals(HOUR)).isEqualTo(Map.of(201, Map.of(APP, 1L)));
        assertThat(health.ingest(List.of(execution(31, 201, APP, ExecutionStatus.SUCCESS, T0)), T0.plusSeconds(2000)))
                .as("a raw execution past its retention is forgotten, so its id is new again")
                .isEqualTo(new HealthRepository.IngestResult(1, 0));
    }
}

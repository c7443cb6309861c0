package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.catalog.ConnectorQuery;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.health.HealthPolicy;
import dev.plugboard.domain.health.HealthSnapshot;
import dev.plugboard.domain.health.HealthStats;
import dev.plugboard.domain.health.HealthView;
import dev.plugboard.domain.health.OutcomeCounts;
import dev.plugboard.domain.health.TimeWindow;
import dev.plugboard.http.wire.ConnectorWriter;
import dev.plugboard.http.wire.ConnectorWriter.HealthDetails;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rendered bytes: what is kept per connector, what a rebuild reuses, and the list bodies kept per snapshot. */
class RenderedCatalogTest {
    private static final Instant NOW = Instant.parse("2026-07-25T12:00:00Z");
    private static final TimeWindow WINDOW = TimeWindow.endingAt(NOW, TimeWindow.SIX_HOURS);
    private static final UUID CALLER = UUID.fromString("6f1f3c5e-2b4a-4c1e-9a51-0d3d8a7b9c10");
    private static final UUID OTHER = UUID.fromString("0b5c7a8e-4d3f-4e2a-8c1b-9f6e5d4c3b2a");

    private final CatalogSnapshot snapshot = CatalogSnapshot.of(1, HttpFixtures.catalog());
    private final HealthSnapshot noHealth = HealthSnapshot.empty(NOW, HealthPolicy.DEFAULT);

    private static HealthView unstable(int id) {
        return new HealthView(
                HealthStatus.UNSTABLE, Optional.of("slow"), new HealthStats(id, WINDOW, OutcomeCounts.NONE));
    }

    private static HealthSnapshot health(int id, HealthView view, long callerCount) {
        return new HealthSnapshot(
                NOW, WINDOW, HealthPolicy.DEFAULT, Map.of(id, view), Map.of(id, Map.of(CALLER, callerCount)));
    }

    private static String text(RenderedBody body) {
        return new String(body.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splices_the_callers_own_count_into_the_plain_bytes_exactly_as_the_writer_writes_them() {
        HealthView view = unstable(201);
        RenderedCatalog rendered = RenderedCatalog.of(snapshot, health(201, view, 7), Optional.empty());
        Connector served = HttpFixtures.itauDirect()
                .withHealth(new ConnectorHealth(
                        HealthStatus.UNSTABLE,
                        HttpFixtures.itauDirect().health().stage()));
        HealthDetails details = new HealthDetails(
                view.stats().connectionRate(),
                7,
                view.error(),
                Optional.of(view.stats()),
                Optional.of(HealthPolicy.DEFAULT));

        assertThat(text(rendered.connector(201, true, CALLER)))
                .isEqualTo(new String(ConnectorWriter.toBytes(served, Optional.of(details)), StandardCharsets.UTF_8));
        assertThat(text(rendered.connector(201, true, OTHER)))
                .contains("\"connectionsLast6Hours\":0,")
                .hasSize(text(rendered.connector(201, true, CALLER)).length());
        assertThat(text(rendered.connector(201, false, CALLER)))
                .isEqualTo(new String(ConnectorWriter.toBytes(served, Optional.empty()), StandardCharsets.UTF_8));
    }

    @Test
    void tags_detailed_bodies_by_what_they_are_made_of_so_the_tag_changes_exactly_with_the_bytes() {
        RenderedCatalog seven = RenderedCatalog.of(snapshot, health(201, unstable(201), 7), Optional.empty());
        RenderedCatalog sevenAgain = RenderedCatalog.of(snapshot, health(201, unstable(201), 7), Optional.empty());
        RenderedCatalog eight = RenderedCatalog.of(snapshot, health(201, unstable(201), 8), Optional.empty());
        RenderedCatalog otherView = RenderedCatalog.of(
                snapshot,
                health(
                        201,
                        new HealthView(
                                HealthStatus.UNSTABLE,
                                Optional.of("slower"),
                                new HealthStats(201, WINDOW, OutcomeCounts.NONE)),
                        7),
                Optional.empty());
        ConnectorQuery everything = ConnectorQuery.everything();

        assertThat(seven.connector(201, true, CALLER).etag())
                .isEqualTo(sevenAgain.connector(201, true, CALLER).etag())
                .isNotEqualTo(eight.connector(201, true, CALLER).etag())
                .isNotEqualTo(seven.connector(201, true, OTHER).etag())
                .isNotEqualTo(otherView.connector(201, true, CALLER).etag())
                .isNotEqualTo(seven.connector(201, false, CALLER).etag())
                .hasSize(18);
        assertThat(text(seven.connector(201, true, OTHER))).isNotEqualTo(text(seven.connector(201, true, CALLER)));
        assertThat(seven.page(everything, true, CALLER).etag())
                .isEqualTo(sevenAgain.page(everything, true, CALLER).etag())
                .isNotEqualTo(eight.page(everything, true, CALLER).etag())
                .isNotEqualTo(seven.page(everything, true, OTHER).etag())
                .isNotEqualTo(otherView.page(everything, true, CALLER).etag())
                .isNotEqualTo(seven.page(everything, false, CALLER).etag());
        assertThat(seven.page(everything, true, OTHER).etag())
                .isEqualTo(eight.page(everything, true, OTHER).etag());
    }

    @Test
    void keeps_one_copy_of_a_connector_and_only_the_details_fragment_beside_it() {
        RenderedCatalog rendered = RenderedCatalog.of(snapshot, health(201, unstable(201), 7), Optional.empty());
        int plain = rendered.connector(201, false, CALLER).length();
        int detailed = rendered.connector(201, true, CALLER).length();

        // detailed = plain + fragment + the one-digit count: the fragment is all that is kept beside plain
        assertThat(rendered.heldBytes(201)).isEqualTo(plain + (detailed - plain - 1));
        assertThat(rendered.heldBytes(201)).isLessThan(plain + detailed);
    }

    @Test
    void answers_a_repeated_search_with_the_same_kept_body() {
        RenderedCatalog rendered = RenderedCatalog.of(snapshot, noHealth, Optional.empty());
        ConnectorQuery everything = ConnectorQuery.everything();

        RenderedBody first = rendered.page(everything, false, CALLER);
        RenderedBody again = rendered.page(ConnectorQuery.everything(), false, OTHER);

        assertThat(again).isSameAs(first);
        assertThat(rendered.keptPages()).isEqualTo(1);
        assertThat(text(first))
                .startsWith(
                        "{\"page\":1,\"total\":" + snapshot.search(everything).total() + ",");
    }

    @Test
    void never_keeps_a_list_with_health_details_which_holds_each_callers_own_counts() {
        RenderedCatalog rendered = RenderedCatalog.of(snapshot, health(201, unstable(201), 7), Optional.empty());

        String mine = text(rendered.page(ConnectorQuery.everything(), true, CALLER));
        String theirs = text(rendered.page(ConnectorQuery.everything(), true, OTHER));

        assertThat(rendered.keptPages()).isZero();
        assertThat(mine).contains("\"connectionsLast6Hours\":7,");
        assertThat(theirs).doesNotContain("\"connectionsLast6Hours\":7,");
        assertThat(mine.length()).isEqualTo(theirs.length());
    }

    @Test
    void reuses_every_connectors_bytes_and_the_kept_lists_when_the_same_health_is_published_again() {
        RenderedCatalog first = RenderedCatalog.of(snapshot, health(201, unstable(201), 7), Optional.empty());
        RenderedBody list = first.page(ConnectorQuery.everything(), false, CALLER);

        RenderedCatalog again = RenderedCatalog.of(snapshot, health(201, unstable(201), 9), Optional.of(first));

        assertThat(again.connector(201, false, CALLER)).isSameAs(first.connector(201, false, CALLER));
        assertThat(again.page(ConnectorQuery.everything(), false, CALLER)).isSameAs(list);
        // the per-caller count is read from the new health, never from kept bytes
        assertThat(text(again.connector(201, true, CALLER))).contains("\"connectionsLast6Hours\":9,");
    }

    @Test
    void keeps_the_plain_bytes_and_the_kept_lists_when_only_the_health_details_move() {
        RenderedCatalog first = RenderedCatalog.of(snapshot, health(201, unstable(201), 7), Optional.empty());
        RenderedBody plain = first.connector(201, false, CALLER);
        RenderedBody list = first.page(ConnectorQuery.everything(), false, CALLER);
        TimeWindow nextMinute = TimeWindow.endingAt(NOW.plusSeconds(60), TimeWindow.SIX_HOURS);
        HealthView moved = new HealthView(
                HealthStatus.UNSTABLE, Optional.of("slow"), new HealthStats(201, nextMinute, OutcomeCounts.NONE));

        RenderedCatalog later = RenderedCatalog.of(snapshot, health(201, moved, 7), Optional.of(first));

        assertThat(later.connector(201, false, CALLER)).isSameAs(plain);
        assertThat(later.page(ConnectorQuery.everything(), false, CALLER)).isSameAs(list);
        assertThat(text(later.connector(201, true, CALLER)))
                .contains("\"window\":{\"start\":\"2026-07-25T06:01:00.000Z\",\"end\":\"2026-07-25T12:01:00.000Z\"}")
                .isNotEqualTo(text(first.connector(201, true, CALLER)));
    }

    @Test
    void writes_a_connectors_details_only_once_asked_for_and_again_only_after_its_view_moved() {
        RenderedCatalog first = RenderedCatalog.of(snapshot, health(201, unstable(201), 7), Optional.empty());
        assertThat(first.detailsWritten(201)).isFalse();
        assertThat(first.detailsWritten(2)).isFalse();

        String detailed = text(first.connector(201, true, CALLER));
        assertThat(first.detailsWritten(201)).isTrue();
        assertThat(first.detailsWritten(2)).isFalse();

        // The same view published again keeps the written fragment; a moved window drops it.
        RenderedCatalog same = RenderedCatalog.of(snapshot, health(201, unstable(201), 7), Optional.of(first));
        assertThat(same.detailsWritten(201)).isTrue();
        assertThat(text(same.connector(201, true, CALLER))).isEqualTo(detailed);
        TimeWindow nextMinute = TimeWindow.endingAt(NOW.plusSeconds(60), TimeWindow.SIX_HOURS);
        HealthView moved = new HealthView(
                HealthStatus.UNSTABLE, Optional.of("slow"), new HealthStats(201, nextMinute, OutcomeCounts.NONE));
        RenderedCatalog later = RenderedCatalog.of(snapshot, health(201, moved, 7), Optional.of(same));
        assertThat(later.detailsWritten(201)).isFalse();
        assertThat(text(later.connector(201, true, CALLER)))
                .isNotEqualTo(detailed)
                .contains("12:01:00.000Z");

        // A detailed page writes the fragments of the connectors on it, and only those.
        RenderedCatalog listed = RenderedCatalog.of(snapshot, noHealth, Optional.empty());
        ConnectorQuery one = ConnectorQuery.builder()
                .page(new dev.plugboard.domain.catalog.PageRequest(1, 1))
                .build();
        int firstId = snapshot.search(one).results().getFirst().id();
        listed.page(one, true, CALLER);
        assertThat(snapshot.connectors().stream()
                        .filter(c -> listed.detailsWritten(c.id()))
                        .map(Connector::id))
                .containsExactly(firstId);
    }

    @Test
    void answers_the_same_count_with_the_same_detailed_body_and_another_count_with_its_own() {
        HealthSnapshot counts = new HealthSnapshot(
                NOW,
                WINDOW,
                HealthPolicy.DEFAULT,
                Map.of(201, unstable(201)),
                Map.of(201, Map.of(CALLER, 7L, OTHER, 7L)));
        RenderedCatalog rendered = RenderedCatalog.of(snapshot, counts, Optional.empty());
        UUID third = UUID.fromString("11111111-2222-4333-8444-555555555555");

        RenderedBody mine = rendered.connector(201, true, CALLER);
        assertThat(rendered.connector(201, true, CALLER)).isSameAs(mine);
        assertThat(rendered.connector(201, true, OTHER))
                .as("another caller with the same count")
                .isSameAs(mine);
        RenderedBody none = rendered.connector(201, true, third);
        assertThat(text(none)).contains("\"connectionsLast6Hours\":0,");
        assertThat(none.etag()).isNotEqualTo(mine.etag());
        RenderedBody again = rendered.connector(201, true, CALLER);
        assertThat(text(again)).isEqualTo(text(mine)).contains("\"connectionsLast6Hours\":7,");
        assertThat(again.etag()).isEqualTo(mine.etag());
    }

    @Test
    void writes_the_details_again_when_the_health_policy_changes_and_keeps_the_plain_bytes() {
        RenderedCatalog first = RenderedCatalog.of(snapshot, health(201, unstable(201), 7), Optional.empty());
        HealthPolicy stricter = new HealthPolicy(95, 50, 5, 20);
        HealthSnapshot underStricter =
                new HealthSnapshot(NOW, WINDOW, stricter, Map.of(201, unstable(201)), Map.of(201, Map.of(CALLER, 7L)));

        RenderedCatalog later = RenderedCatalog.of(snapshot, underStricter, Optional.of(first));

        assertThat(later.connector(201, false, CALLER)).isSameAs(first.connector(201, false, CALLER));
        assertThat(text(first.connector(201, true, CALLER))).contains("\"onlineAt\":90.0");
        assertThat(text(later.connector(201, true, CALLER))).contains("\"onlineAt\":95.0");
    }

    @Test
    void starts_with_no_kept_lists_when_a_connectors_health_changes() {
        RenderedCatalog first = RenderedCatalog.of(snapshot, noHealth, Optional.empty());
        RenderedBody list = first.page(ConnectorQuery.everything(), false, CALLER);

        RenderedCatalog changed = RenderedCatalog.of(snapshot, health(201, unstable(201), 0), Optional.of(first));

        assertThat(changed.keptPages()).isZero();
        assertThat(changed.connector(2, false, CALLER)).isSameAs(first.connector(2, false, CALLER));
        assertThat(changed.connector(201, false, CALLER)).isNotSameAs(first.connector(201, false, CALLER));
        RenderedBody now = changed.page(ConnectorQuery.everything(), false, CALLER);
        assertThat(text(now)).contains("\"status\":\"UNSTABLE\"").isNotEqualTo(text(list));
        assertThat(now.etag()).isNotEqualTo(list.etag());
    }

    @Test
    void starts_with_no_kept_lists_for_a_new_catalog_snapshot_even_with_the_same_connectors() {
        RenderedCatalog first = RenderedCatalog.of(snapshot, noHealth, Optional.empty());
        first.page(ConnectorQuery.everything(), false, CALLER);

        CatalogSnapshot next = CatalogSnapshot.of(2, List.copyOf(snapshot.connectors()));
        RenderedCatalog later = RenderedCatalog.of(next, noHealth, Optional.of(first));

        assertThat(later.keptPages()).isZero();
        assertThat(later.connector(201, false, CALLER)).isSameAs(first.connector(201, false, CALLER));
    }
}

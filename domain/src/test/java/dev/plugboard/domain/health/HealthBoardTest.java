package dev.plugboard.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthBoardTest {
    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void publishing_the_current_snapshot_again_tells_no_listener() {
        HealthSnapshot initial = HealthSnapshot.empty(T0, HealthPolicy.DEFAULT);
        HealthSnapshot next = HealthSnapshot.empty(T0.plusSeconds(60), HealthPolicy.DEFAULT);
        HealthBoard board = new HealthBoard(initial);
        List<HealthSnapshot> told = new ArrayList<>();
        board.onPublish(told::add);

        board.publish(initial);
        assertThat(told).isEmpty();
        board.publish(next);
        board.publish(next);
        assertThat(told).containsExactly(next);
        assertThat(board.current()).isSameAs(next);
    }
}

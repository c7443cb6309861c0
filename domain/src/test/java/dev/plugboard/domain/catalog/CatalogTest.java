package dev.plugboard.domain.catalog;

import static dev.plugboard.domain.TestConnectors.bancoDoBrasil;
import static dev.plugboard.domain.TestConnectors.itau;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final CatalogSnapshot first = CatalogSnapshot.of(1, List.of(itau()));
    private final CatalogSnapshot second = CatalogSnapshot.of(2, List.of(itau(), bancoDoBrasil()));
    private final Catalog catalog = new Catalog(first);

    @Test
    void starts_with_the_initial_snapshot() {
        assertThat(catalog.current()).isSameAs(first);
    }

    @Test
    void publish_makes_the_new_snapshot_current() {
        catalog.publish(second);

        assertThat(catalog.current()).isSameAs(second);
        assertThat(catalog.current().find(211)).contains(bancoDoBrasil());
    }

    @Test
    void publish_calls_every_listener_in_registration_order_with_the_new_snapshot() {
        List<String> calls = new ArrayList<>();
        catalog.onPublish(snapshot -> calls.add("a:" + snapshot.version()));
        catalog.onPublish(snapshot -> calls.add("b:" + snapshot.version()));

        catalog.publish(second);
        catalog.publish(first);

        assertThat(calls).containsExactly("a:2", "b:2", "a:1", "b:1");
    }

    @Test
    void a_listener_already_sees_the_new_snapshot_as_current() {
        List<CatalogSnapshot> seen = new ArrayList<>();
        catalog.onPublish(snapshot -> seen.add(catalog.current()));

        catalog.publish(second);

        assertThat(seen).containsExactly(second);
    }

    @Test
    void rejects_a_null_snapshot_and_keeps_the_current_one() {
        assertThatThrownBy(() -> catalog.publish(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("next");
        assertThat(catalog.current()).isSameAs(first);
    }
}

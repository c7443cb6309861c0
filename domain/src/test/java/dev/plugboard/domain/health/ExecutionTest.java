package dev.plugboard.domain.health;

import static dev.plugboard.domain.health.TestExecutions.CLIENT_A;
import static dev.plugboard.domain.health.TestExecutions.CONNECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.connector.Product;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExecutionTest {
    private static final UUID ID = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    private static final Instant START = Instant.parse("2026-07-01T12:34:10Z");
    private static final Instant END = Instant.parse("2026-07-01T12:34:56.789Z");

    @Test
    void is_aggregated_in_the_minute_it_finished() {
        Execution execution = new Execution(ID, CONNECTOR, CLIENT_A, ExecutionStatus.SUCCESS, START, END);

        assertThat(execution.minute()).isEqualTo(Instant.parse("2026-07-01T12:34:00Z"));
        assertThat(execution.products()).isEmpty();
    }

    @Test
    void may_finish_the_instant_it_started() {
        Execution execution = new Execution(ID, CONNECTOR, CLIENT_A, ExecutionStatus.ERROR, START, START);

        assertThat(execution.finishedAt()).isEqualTo(START);
    }

    @Test
    void refuses_to_finish_before_it_started() {
        assertThatThrownBy(() -> new Execution(ID, CONNECTOR, CLIENT_A, ExecutionStatus.SUCCESS, END, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("finishedAt must not be before startedAt: 2026-07-01T12:34:10Z < 2026-07-01T12:34:56.789Z");
    }

    @Test
    void refuses_a_negative_connector_id() {
        assertThatThrownBy(() -> new Execution(ID, -1, CLIENT_A, ExecutionStatus.SUCCESS, START, END))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectorId must not be negative: -1");
    }

    @Test
    void refuses_missing_values() {
        assertThatThrownBy(() -> new Execution(ID, CONNECTOR, CLIENT_A, null, START, END))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("status");
        Map<Product, ProductOutcome> withNullOutcome = new HashMap<>();
        withNullOutcome.put(Product.ACCOUNTS, null);
        assertThatThrownBy(() ->
                        new Execution(ID, CONNECTOR, CLIENT_A, ExecutionStatus.SUCCESS, START, END, withNullOutcome))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("products value");
    }

    @Test
    void keeps_its_own_copy_of_the_product_outcomes() {
        Map<Product, ProductOutcome> products = new EnumMap<>(Product.class);
        products.put(Product.ACCOUNTS, ProductOutcome.SUCCESS);
        Execution execution =
                new Execution(ID, CONNECTOR, CLIENT_A, ExecutionStatus.PARTIAL_SUCCESS, START, END, products);

        products.put(Product.LOANS, ProductOutcome.ERROR);

        assertThat(execution.products()).containsExactly(Map.entry(Product.ACCOUNTS, ProductOutcome.SUCCESS));
        assertThatThrownBy(() -> execution.products().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}

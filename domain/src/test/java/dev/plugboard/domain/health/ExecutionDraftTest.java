package dev.plugboard.domain.health;

import static dev.plugboard.domain.health.ExecutionDraft.FINISHED_BEFORE_STARTED;
import static dev.plugboard.domain.health.ExecutionDraft.NEGATIVE_CONNECTOR_ID;
import static dev.plugboard.domain.health.ExecutionDraft.NOT_AN_INSTANT;
import static dev.plugboard.domain.health.ExecutionDraft.NOT_A_UUID;
import static dev.plugboard.domain.health.ExecutionDraft.REQUIRED;
import static dev.plugboard.domain.health.ExecutionDraft.UNKNOWN_PRODUCT;
import static dev.plugboard.domain.health.ExecutionDraft.UNKNOWN_PRODUCT_OUTCOME;
import static dev.plugboard.domain.health.ExecutionDraft.UNKNOWN_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.connector.Product;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExecutionDraftTest {
    private static final String ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final String CLIENT = "0000000a-0000-4000-8000-00000000000a";

    private static ExecutionDraft valid(Map<String, String> products) {
        return new ExecutionDraft(
                ID, 201, CLIENT, "PARTIAL_SUCCESS", "2026-07-01T12:00:00Z", "2026-07-01T12:00:42.5Z", products);
    }

    @Test
    void a_valid_draft_has_no_problems_and_becomes_an_execution() {
        ExecutionDraft draft = valid(Map.of("ACCOUNTS", "SUCCESS", "TRANSACTIONS", "ERROR"));

        assertThat(draft.problems()).isEmpty();
        assertThat(draft.toExecution())
                .isEqualTo(new Execution(
                        UUID.fromString(ID),
                        201,
                        UUID.fromString(CLIENT),
                        ExecutionStatus.PARTIAL_SUCCESS,
                        Instant.parse("2026-07-01T12:00:00Z"),
                        Instant.parse("2026-07-01T12:00:42.5Z"),
                        Map.of(Product.ACCOUNTS, ProductOutcome.SUCCESS, Product.TRANSACTIONS, ProductOutcome.ERROR)));
    }

    @Test
    void products_may_be_absent() {
        assertThat(valid(null).toExecution().products()).isEmpty();
        assertThat(valid(Map.of()).problems()).isEmpty();
    }

    @Test
    void reports_every_missing_field_in_field_order() {
        ExecutionDraft draft = new ExecutionDraft(null, null, null, null, null, null, null);

        assertThat(draft.problems())
                .containsExactly(
                        REQUIRED.formatted("id"),
                        REQUIRED.formatted("connectorId"),
                        REQUIRED.formatted("clientId"),
                        REQUIRED.formatted("status"),
                        REQUIRED.formatted("startedAt"),
                        REQUIRED.formatted("finishedAt"));
    }

    @Test
    void reports_every_malformed_field_naming_the_value() {
        ExecutionDraft draft =
                new ExecutionDraft("abc", -3, "1-1-1-1-1", "LOGIN_IN_PROGRESS", "yesterday", "12:00", null);

        assertThat(draft.problems())
                .containsExactly(
                        NOT_A_UUID.formatted("id", "abc"),
                        NEGATIVE_CONNECTOR_ID.formatted(-3),
                        NOT_A_UUID.formatted("clientId", "1-1-1-1-1"),
                        UNKNOWN_STATUS.formatted("LOGIN_IN_PROGRESS"),
                        NOT_AN_INSTANT.formatted("startedAt", "yesterday"),
                        NOT_AN_INSTANT.formatted("finishedAt", "12:00"));
    }

    @Test
    void the_unknown_status_message_lists_every_status() {
        assertThat(UNKNOWN_STATUS.formatted("X"))
                .isEqualTo("status must be one of SUCCESS, PARTIAL_SUCCESS, CONNECTION_ERROR, SITE_NOT_AVAILABLE,"
                        + " ERROR, UNEXPECTED_ERROR, MERGE_ERROR, LOGIN_ERROR, INVALID_CREDENTIALS,"
                        + " INVALID_CREDENTIALS_MFA, ALREADY_LOGGED_IN, ACCOUNT_LOCKED, ACCOUNT_NEEDS_ACTION,"
                        + " ACCOUNT_CREDENTIALS_RESET, USER_INPUT_TIMEOUT, USER_AUTHORIZATION_PENDING,"
                        + " USER_AUTHORIZATION_NOT_GRANTED, USER_NOT_SUPPORTED: X");
    }

    @Test
    void reports_a_finish_before_the_start() {
        ExecutionDraft draft = new ExecutionDraft(
                ID, 201, CLIENT, "SUCCESS", "2026-07-01T12:00:00Z", "2026-07-01T11:59:59.999Z", null);

        assertThat(draft.problems())
                .containsExactly(FINISHED_BEFORE_STARTED.formatted("2026-07-01T11:59:59.999Z", "2026-07-01T12:00:00Z"));
    }

    @Test
    void reports_unknown_products_and_outcomes_in_the_order_sent() {
        Map<String, String> products = new LinkedHashMap<>();
        products.put("ACCOUNT_STATEMENTS", "SUCCESS");
        products.put("LOANS", "FAILED");
        products.put("ACCOUNTS", "SUCCESS");
        products.put("IDENTITY", null);

        assertThat(valid(products).problems())
                .containsExactly(
                        UNKNOWN_PRODUCT.formatted("ACCOUNT_STATEMENTS"),
                        UNKNOWN_PRODUCT_OUTCOME.formatted("LOANS", "FAILED"),
                        UNKNOWN_PRODUCT_OUTCOME.formatted("IDENTITY", "null"));
    }

    @Test
    void refuses_to_build_an_execution_with_problems() {
        ExecutionDraft draft = new ExecutionDraft(ID, 201, CLIENT, "DONE", "2026-07-01T12:00:00Z", null, null);

        assertThatThrownBy(draft::toExecution)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(UNKNOWN_STATUS.formatted("DONE"));
    }
}

package dev.plugboard.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutionStatusTest {

    @Test
    void has_the_finished_statuses_of_pluggys_sdk_and_login_error() {
        assertThat(Arrays.stream(ExecutionStatus.values()).map(Enum::name))
                .containsExactlyInAnyOrder(
                        "SUCCESS",
                        "PARTIAL_SUCCESS",
                        "LOGIN_ERROR",
                        "INVALID_CREDENTIALS",
                        "INVALID_CREDENTIALS_MFA",
                        "ERROR",
                        "CONNECTION_ERROR",
                        "SITE_NOT_AVAILABLE",
                        "ACCOUNT_LOCKED",
                        "ACCOUNT_NEEDS_ACTION",
                        "ACCOUNT_CREDENTIALS_RESET",
                        "USER_INPUT_TIMEOUT",
                        "USER_AUTHORIZATION_PENDING",
                        "USER_AUTHORIZATION_NOT_GRANTED",
                        "ALREADY_LOGGED_IN",
                        "USER_NOT_SUPPORTED",
                        "UNEXPECTED_ERROR",
                        "MERGE_ERROR");
    }

    @Test
    void only_connection_error_error_and_site_not_available_are_failures() {
        assertThat(Arrays.stream(ExecutionStatus.values()).filter(ExecutionStatus::isConnectionFailure))
                .containsExactlyInAnyOrder(
                        ExecutionStatus.CONNECTION_ERROR, ExecutionStatus.ERROR, ExecutionStatus.SITE_NOT_AVAILABLE);
    }

    @ParameterizedTest
    @CsvSource({
        "SUCCESS, SUCCESS",
        "PARTIAL_SUCCESS, SUCCESS",
        "CONNECTION_ERROR, INSTITUTION_ERROR",
        "SITE_NOT_AVAILABLE, INSTITUTION_ERROR",
        "ERROR, PLATFORM_ERROR",
        "UNEXPECTED_ERROR, PLATFORM_ERROR",
        "MERGE_ERROR, PLATFORM_ERROR",
        "LOGIN_ERROR, USER_ERROR",
        "INVALID_CREDENTIALS, USER_ERROR",
        "INVALID_CREDENTIALS_MFA, USER_ERROR",
        "ALREADY_LOGGED_IN, USER_ERROR",
        "ACCOUNT_LOCKED, USER_ERROR",
        "ACCOUNT_NEEDS_ACTION, USER_ERROR",
        "ACCOUNT_CREDENTIALS_RESET, USER_ERROR",
        "USER_INPUT_TIMEOUT, USER_ERROR",
        "USER_AUTHORIZATION_PENDING, USER_ERROR",
        "USER_AUTHORIZATION_NOT_GRANTED, USER_ERROR",
        "USER_NOT_SUPPORTED, USER_ERROR"
    })
    void attributes_each_status_to_its_documented_outcome_class(ExecutionStatus status, OutcomeClass expected) {
        assertThat(status.outcomeClass()).isEqualTo(expected);
    }

    @Test
    void reads_a_status_spelled_exactly() {
        assertThat(ExecutionStatus.fromWire("SITE_NOT_AVAILABLE")).contains(ExecutionStatus.SITE_NOT_AVAILABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"success", "LOGIN_IN_PROGRESS", "WAITING_USER_INPUT", "CREATED", ""})
    void reads_no_status_from_other_spellings_or_in_progress_statuses(String text) {
        assertThat(ExecutionStatus.fromWire(text)).isEmpty();
    }
}

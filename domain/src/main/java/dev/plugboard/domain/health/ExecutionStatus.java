package dev.plugboard.domain.health;

import static dev.plugboard.domain.health.OutcomeClass.INSTITUTION_ERROR;
import static dev.plugboard.domain.health.OutcomeClass.PLATFORM_ERROR;
import static dev.plugboard.domain.health.OutcomeClass.USER_ERROR;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a finished execution ended. Pluggy's OpenAPI document types {@code Item.executionStatus} as a
 * free string, so the values come from the official Node SDK ({@code pluggyai/pluggy-node},
 * {@code src/types/execution.ts}, {@code EXECUTION_FINISHED_STATUSES}) plus {@code LOGIN_ERROR},
 * which the OpenAPI text of {@code connectionRateLast6Hours} names as an execution status. In-progress
 * statuses ({@code LOGIN_IN_PROGRESS}, {@code WAITING_USER_INPUT}, …) are not outcomes and are not
 * accepted.
 *
 * <p>Two independent facts per status:
 *
 * <ul>
 *   <li>{@link #isConnectionFailure()}: fixed by the contract (§3): exactly {@code CONNECTION_ERROR},
 *       {@code ERROR} and {@code SITE_NOT_AVAILABLE} lower {@code connectionRateLast6Hours};
 *       every other status counts as having reached the institution.
 *   <li>{@link #outcomeClass()}: Plugboard's own attribution for the breakdown:
 * </ul>
 *
 * <table>
 *   <caption>Outcome class and failure flag of each status</caption>
 *   <tr><th>Status</th><th>Class</th><th>Failure</th></tr>
 *   <tr><td>SUCCESS, PARTIAL_SUCCESS</td><td>SUCCESS</td><td>no</td></tr>
 *   <tr><td>CONNECTION_ERROR, SITE_NOT_AVAILABLE</td><td>INSTITUTION_ERROR</td><td>yes</td></tr>
 *   <tr><td>ERROR</td><td>PLATFORM_ERROR</td><td>yes</td></tr>
 *   <tr><td>UNEXPECTED_ERROR, MERGE_ERROR</td><td>PLATFORM_ERROR</td><td>no</td></tr>
 *   <tr><td>LOGIN_ERROR, INVALID_CREDENTIALS, INVALID_CREDENTIALS_MFA, ALREADY_LOGGED_IN,
 *       ACCOUNT_LOCKED, ACCOUNT_NEEDS_ACTION, ACCOUNT_CREDENTIALS_RESET, USER_INPUT_TIMEOUT,
 *       USER_AUTHORIZATION_PENDING, USER_AUTHORIZATION_NOT_GRANTED, USER_NOT_SUPPORTED</td>
 *       <td>USER_ERROR</td><td>no</td></tr>
 * </table>
 *
 * <p>{@code UNEXPECTED_ERROR} and {@code MERGE_ERROR} are platform errors that still count as
 * reaching the institution: the contract lists only three failure statuses, and both happen after
 * the login step (Pluggy's merge runs on data already collected).
 */
public enum ExecutionStatus {
    SUCCESS(OutcomeClass.SUCCESS, false),
    PARTIAL_SUCCESS(OutcomeClass.SUCCESS, false),
    CONNECTION_ERROR(INSTITUTION_ERROR, true),
    SITE_NOT_AVAILABLE(INSTITUTION_ERROR, true),
    ERROR(PLATFORM_ERROR, true),
    UNEXPECTED_ERROR(PLATFORM_ERROR, false),
    MERGE_ERROR(PLATFORM_ERROR, false),
    LOGIN_ERROR(USER_ERROR, false),
    INVALID_CREDENTIALS(USER_ERROR, false),
    INVALID_CREDENTIALS_MFA(USER_ERROR, false),
    ALREADY_LOGGED_IN(USER_ERROR, false),
    ACCOUNT_LOCKED(USER_ERROR, false),
    ACCOUNT_NEEDS_ACTION(USER_ERROR, false),
    ACCOUNT_CREDENTIALS_RESET(USER_ERROR, false),
    USER_INPUT_TIMEOUT(USER_ERROR, false),
    USER_AUTHORIZATION_PENDING(USER_ERROR, false),
    USER_AUTHORIZATION_NOT_GRANTED(USER_ERROR, false),
    USER_NOT_SUPPORTED(USER_ERROR, false);

    private final OutcomeClass outcomeClass;
    private final boolean connectionFailure;

    ExecutionStatus(OutcomeClass outcomeClass, boolean connectionFailure) {
        this.outcomeClass = outcomeClass;
        this.connectionFailure = connectionFailure;
    }

    /** Who the outcome is attributed to (see the table above). */
    public OutcomeClass outcomeClass() {
        return outcomeClass;
    }

    /** Whether this outcome lowers {@code connectionRateLast6Hours} (contract §3). */
    public boolean isConnectionFailure() {
        return connectionFailure;
    }

    /** The status spelled exactly {@code text}, case-sensitive like the wire. */
    public static Optional<ExecutionStatus> fromWire(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst();
    }
}

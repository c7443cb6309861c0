package dev.plugboard.domain.health;

/**
 * Who an execution's outcome is attributed to, for the breakdown in {@code health.details}. The
 * mapping of each {@link ExecutionStatus} is documented there. Independent of
 * {@link ExecutionStatus#isConnectionFailure()}, which the contract fixes.
 */
public enum OutcomeClass {
    /** The execution collected data: {@code SUCCESS}, {@code PARTIAL_SUCCESS}. */
    SUCCESS,
    /** The institution could not be reached or did not answer. */
    INSTITUTION_ERROR,
    /** The aggregator itself failed. */
    PLATFORM_ERROR,
    /** The institution answered but the user (or their account) stopped the execution. */
    USER_ERROR
}

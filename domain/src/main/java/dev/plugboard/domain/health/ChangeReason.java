package dev.plugboard.domain.health;

/** Why a connector's visible status changed. */
public enum ChangeReason {
    /** The connection rate crossed a threshold (see {@link HealthPolicy}). */
    COMPUTED,
    /** An operator set an override. */
    OVERRIDE_SET,
    /** An operator cleared the override; the computed status shows again. */
    OVERRIDE_CLEARED,
    /** The override reached its {@code until}; the computed status shows again. */
    OVERRIDE_EXPIRED
}

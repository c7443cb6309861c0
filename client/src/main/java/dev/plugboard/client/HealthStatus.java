package dev.plugboard.client;

/** A connector's health {@code status}; {@link #UNKNOWN} for a value this version does not know. */
public enum HealthStatus {
    ONLINE,
    UNSTABLE,
    OFFLINE,
    UNKNOWN;

    /** The constant named {@code value}, or {@link #UNKNOWN}: new values must not break old clients. */
    public static HealthStatus fromWire(String value) {
        return WireNames.constant(HealthStatus.class, value, UNKNOWN);
    }
}

package dev.plugboard.http.ops;

/**
 * Whether the database answers a trivial query now. Blocking: {@link DatabaseProbe} calls it on
 * its own thread, at most once a second, and stops waiting after {@link DatabaseProbe#TIMEOUT}.
 */
@FunctionalInterface
public interface DatabaseCheck {
    /** True when the database answered; false or an exception when it did not. */
    boolean reachable() throws Exception;
}

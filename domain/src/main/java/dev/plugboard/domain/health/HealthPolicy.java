package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.HealthStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a connection rate becomes a status: two thresholds, a hysteresis margin and a minimum
 * sample. Defaults ({@link #DEFAULT}): ONLINE at a rate ≥ 90, OFFLINE below 50, UNSTABLE between,
 * margin 5, at least 20 executions.
 *
 * <p>Without history the zones would be: ONLINE when {@code rate ≥ onlineAt}, OFFLINE when
 * {@code rate < offlineBelow}, UNSTABLE otherwise. To stop a connector near a threshold from
 * flapping, a status is only left by crossing a threshold by the margin: going down needs
 * {@code rate < threshold − margin}, going up needs {@code rate ≥ threshold + margin}; otherwise the
 * status stays. With fewer than {@code minimumSample} executions in the window (including none) the
 * status stays whatever the rate.
 *
 * <table>
 *   <caption>Next status by previous status and rate, with the defaults (sample ≥ 20)</caption>
 *   <tr><th>previous \ rate</th><th>[0, 45)</th><th>[45, 55)</th><th>[55, 85)</th>
 *       <th>[85, 95)</th><th>[95, 100]</th></tr>
 *   <tr><td>ONLINE</td><td>OFFLINE</td><td>UNSTABLE</td><td>UNSTABLE</td><td>ONLINE</td><td>ONLINE</td></tr>
 *   <tr><td>UNSTABLE</td><td>OFFLINE</td><td>UNSTABLE</td><td>UNSTABLE</td><td>UNSTABLE</td><td>ONLINE</td></tr>
 *   <tr><td>OFFLINE</td><td>OFFLINE</td><td>OFFLINE</td><td>UNSTABLE</td><td>UNSTABLE</td><td>ONLINE</td></tr>
 * </table>
 *
 * <p>The four edges are {@link #onlineEnterAt()} (95), {@link #onlineLeaveBelow()} (85),
 * {@link #offlineEnterBelow()} (45) and {@link #offlineLeaveAt()} (55). A margin of 0 turns
 * hysteresis off. Rates are compared as rounded by {@link Percent}.
 *
 * @param onlineAt the lowest rate of the ONLINE zone
 * @param offlineBelow the rate below which the zone is OFFLINE; less than {@code onlineAt}
 * @param margin how far past a threshold a rate must be to change status; 0 or more, with
 *     {@code offlineBelow − margin > 0} and {@code onlineAt + margin ≤ 100} so every status stays
 *     reachable
 * @param minimumSample the fewest executions in the window that may move the status; 1 or more
 */
public record HealthPolicy(double onlineAt, double offlineBelow, double margin, int minimumSample) {
    public static final HealthPolicy DEFAULT = new HealthPolicy(90, 50, 5, 20);

    public HealthPolicy {
        List<String> problems = problems(onlineAt, offlineBelow, margin, minimumSample);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Every reason these values do not make a policy, each a sentence naming the value, for
     * configuration checks that report all problems at once; empty when they do.
     */
    public static List<String> problems(double onlineAt, double offlineBelow, double margin, int minimumSample) {
        List<String> problems = new ArrayList<>();
        if (!Double.isFinite(onlineAt) || !Double.isFinite(offlineBelow) || !Double.isFinite(margin)) {
            problems.add("onlineAt, offlineBelow and margin must be finite numbers: " + onlineAt + ", " + offlineBelow
                    + ", " + margin);
            return problems;
        }
        if (margin < 0) {
            problems.add("margin must not be negative: " + margin);
        }
        if (offlineBelow >= onlineAt) {
            problems.add("offlineBelow must be less than onlineAt: " + offlineBelow + " >= " + onlineAt);
        }
        if (offlineBelow - margin <= 0) {
            problems.add("offlineBelow minus margin must be above 0, or OFFLINE is unreachable: " + offlineBelow + " - "
                    + margin);
        }
        if (onlineAt + margin > 100) {
            problems.add(
                    "onlineAt plus margin must be at most 100, or ONLINE is unreachable: " + onlineAt + " + " + margin);
        }
        if (minimumSample < 1) {
            problems.add("minimumSample must be 1 or more: " + minimumSample);
        }
        return problems;
    }

    /** A lower status becomes ONLINE at a rate of at least this: {@code onlineAt + margin}. */
    public double onlineEnterAt() {
        return sum(onlineAt, margin);
    }

    /** ONLINE becomes lower at a rate below this: {@code onlineAt − margin}. */
    public double onlineLeaveBelow() {
        return sum(onlineAt, -margin);
    }

    /** A higher status becomes OFFLINE at a rate below this: {@code offlineBelow − margin}. */
    public double offlineEnterBelow() {
        return sum(offlineBelow, -margin);
    }

    /** OFFLINE becomes higher at a rate of at least this: {@code offlineBelow + margin}. */
    public double offlineLeaveAt() {
        return sum(offlineBelow, margin);
    }

    /**
     * The computed status after {@code previous}, given the window's stats (see the table above).
     * Overrides are not considered here; see {@link HealthStatusMachine}.
     */
    public HealthStatus next(HealthStatus previous, HealthStats stats) {
        if (stats.total() < minimumSample) {
            return previous;
        }
        double rate = stats.connectionRate().orElseThrow();
        HealthStatus down = rate < offlineEnterBelow()
                ? HealthStatus.OFFLINE
                : rate < onlineLeaveBelow() ? HealthStatus.UNSTABLE : HealthStatus.ONLINE;
        if (worse(down, previous)) {
            return down;
        }
        HealthStatus up = rate >= onlineEnterAt()
                ? HealthStatus.ONLINE
                : rate >= offlineLeaveAt() ? HealthStatus.UNSTABLE : HealthStatus.OFFLINE;
        return worse(previous, up) ? up : previous;
    }

    /** Whether {@code a} is a worse status than {@code b}: ONLINE, then UNSTABLE, then OFFLINE. */
    static boolean worse(HealthStatus a, HealthStatus b) {
        return severity(a) > severity(b);
    }

    private static int severity(HealthStatus status) {
        return switch (status) {
            case ONLINE -> 0;
            case UNSTABLE -> 1;
            case OFFLINE -> 2;
        };
    }

    // In decimal, so that 90.1 - 5 is 85.1 and not 85.09999999999999.
    private static double sum(double a, double b) {
        return BigDecimal.valueOf(a).add(BigDecimal.valueOf(b)).doubleValue();
    }
}

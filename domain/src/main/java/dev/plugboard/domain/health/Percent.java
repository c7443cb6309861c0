package dev.plugboard.domain.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * The one rounding rule of every rate in this package: {@code 100 × part / whole}, rounded to
 * {@value #DECIMALS} decimals, half up (2/3 → 66.67, 1/8 → 12.5, 1/200 → 0.5, 1/30000 → 0.0).
 * Computed in decimal, so the result is the double nearest that two-decimal number.
 */
public final class Percent {
    public static final int DECIMALS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /**
     * {@code 100 × part / whole} rounded as above; empty when {@code whole} is 0.
     *
     * @throws IllegalArgumentException unless {@code 0 ≤ part ≤ whole}
     */
    public static OptionalDouble of(long part, long whole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("part must be from 0 to whole (" + whole + "): " + part);
        }
        if (whole == 0) {
            return OptionalDouble.empty();
        }
        BigDecimal percent = BigDecimal.valueOf(part)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), DECIMALS, RoundingMode.HALF_UP);
        return OptionalDouble.of(percent.doubleValue());
    }
}

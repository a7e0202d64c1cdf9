package io.github.tahsilat.internal.number;

import java.math.BigDecimal;

/**
 * Canonical forms of decimal numbers. {@link BigDecimal#equals} compares the scale too, so {@code
 * 12} and {@code 12.00} differ. Values that store a rate in its canonical form are equal whenever
 * the rates are. Stateless and thread-safe.
 */
public final class Decimals {

    private Decimals() {}

    /**
     * Returns {@code value} without trailing zeros after the decimal point and with a scale of at
     * least 0: {@code 12.50} becomes {@code 12.5}, and {@code 1.2E+2} becomes {@code 120}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

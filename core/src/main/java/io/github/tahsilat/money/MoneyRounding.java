package io.github.tahsilat.money;

import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Rounds amounts to their currency's ISO 4217 minor unit: 0 decimals for JPY and CLP, 2 for EUR and
 * TRY, 3 for KWD, BHD and TND.
 *
 * <p>Moneta keeps whatever precision an amount was created with ({@code Money.of(1239.7, "JPY")}
 * stays 1239.7), so the library rounds every amount it stores or shows, always with an explicit
 * mode. Stateless and thread-safe.
 */
public final class MoneyRounding {

    private MoneyRounding() {}

    /**
     * Rounds {@code amount} to its currency's minor unit: 1,239.7 JPY is 1,240 JPY under {@link
     * RoundingMode#HALF_UP}; 1.2345 KWD is 1.235 under HALF_UP and 1.234 under HALF_EVEN.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if {@code mode} is {@link
     *     RoundingMode#UNNECESSARY} and the amount has more decimals than its currency, or if the
     *     rounded amount in minor units lies outside {@code -Long.MAX_VALUE} to {@code
     *     Long.MAX_VALUE}
     */
    public static MonetaryAmount round(MonetaryAmount amount, RoundingMode mode) {
        return MinorAmount.of(amount, mode).toMonetaryAmount();
    }

    /**
     * Returns the amount as a whole number of minor units, rounding with {@code mode} first:
     * 3,989.33 TRY is 398,933 kuruş.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if {@code mode} is {@link
     *     RoundingMode#UNNECESSARY} and the amount has more decimals than its currency, or if the
     *     number of minor units lies outside {@code -Long.MAX_VALUE} to {@code Long.MAX_VALUE}
     */
    public static long minorUnits(MonetaryAmount amount, RoundingMode mode) {
        return MinorAmount.of(amount, mode).units();
    }

    /** Returns the number of decimals of the currency's minor unit. */
    public static int fractionDigits(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return MinorAmount.fractionDigits(amount.getCurrency());
    }
}

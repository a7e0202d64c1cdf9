package io.github.tahsilat.einvoice.internal.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Conversions between amounts and decimals, and rounding to the currency's minor unit. */
final class Decimals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {}

    /** Returns the amount's number as an exact decimal. */
    static BigDecimal of(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /** Returns the number of decimals of the currency's minor unit, 0 for JPY, 2 for TRY. */
    static int minorDigits(CurrencyUnit currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    /** Returns {@code value} rounded to the currency's minor unit with {@code mode}. */
    static BigDecimal round(BigDecimal value, CurrencyUnit currency, RoundingMode mode) {
        return value.setScale(minorDigits(currency), mode);
    }

    /** Returns one minor unit of the currency, such as 0.01 for TRY. */
    static BigDecimal minorUnit(CurrencyUnit currency) {
        return BigDecimal.ONE.movePointLeft(minorDigits(currency));
    }

    /** Returns {@code value} as an amount in {@code currency}. */
    static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        return Money.of(value, currency);
    }

    /** Returns {@code rate} without trailing zeros and with a scale of at least 0. */
    static BigDecimal rate(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns {@code true} if {@code value} is a whole number from 1 to 100. */
    static boolean isWholePercent(BigDecimal value) {
        return value.signum() > 0
                && value.compareTo(HUNDRED) <= 0
                && value.stripTrailingZeros().scale() <= 0;
    }
}

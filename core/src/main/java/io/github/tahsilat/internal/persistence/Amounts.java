package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.internal.money.CurrencyCache;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/** Conversions between public amounts and the records' decimals and currency codes. */
final class Amounts {

    private Amounts() {}

    /**
     * Returns the decimal of {@code amount} at its currency's minor-unit scale.
     *
     * @throws ArithmeticException if the amount has more decimals than its currency
     */
    static BigDecimal minorScale(MonetaryAmount amount) {
        return decimal(amount)
                .setScale(
                        MinorAmount.fractionDigits(amount.getCurrency()), RoundingMode.UNNECESSARY);
    }

    /** Returns the decimal of {@code amount} with the precision it has. */
    static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /** Returns {@code value} as an amount in {@code currency}, with the precision it has. */
    static MonetaryAmount money(BigDecimal value, CurrencyUnit currency) {
        return Money.of(value, currency);
    }

    /**
     * Returns the currency of an ISO 4217 code, read from {@link CurrencyCache} after the first
     * look-up.
     *
     * @throws IllegalArgumentException if the code names no currency known to the money API
     */
    static CurrencyUnit currency(String code) {
        try {
            return CurrencyCache.currency(code);
        } catch (UnknownCurrencyException e) {
            throw new IllegalArgumentException(
                    "unknown currency: " + code + "; expected an ISO 4217 code such as TRY", e);
        }
    }
}

package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/** Conversions between the public amounts of this package and minor units. */
final class Amounts {

    private Amounts() {}

    /**
     * Converts an amount that must already be a whole number of minor units.
     *
     * @throws InvalidInputException if it has more decimals than its currency
     */
    static MinorAmount toMinor(MonetaryAmount amount, String field) {
        try {
            return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    field,
                    amount,
                    "at most "
                            + MinorAmount.fractionDigits(amount.getCurrency())
                            + " decimals for "
                            + amount.getCurrency().getCurrencyCode());
        }
    }

    /** Returns {@code units} minor units of {@code currency} as a public amount. */
    static MonetaryAmount of(long units, CurrencyUnit currency) {
        return new MinorAmount(units, currency).toMonetaryAmount();
    }
}

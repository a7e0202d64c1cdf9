package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/** Conversions between the public amounts of this package and minor units. */
final class Amounts {

    private Amounts() {}

    /**
     * Converts an amount that must already be a whole number of minor units.
     *
     * @throws InvalidInputException if it has more decimals than its currency, or its minor units
     *     lie outside the range of a long
     */
    static MinorAmount toMinor(MonetaryAmount amount, String field) {
        try {
            return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
        } catch (InvalidInputException e) {
            int digits = MinorAmount.fractionDigits(amount.getCurrency());
            String code = amount.getCurrency().getCurrencyCode();
            BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
            if (number.stripTrailingZeros().scale() > digits) {
                throw new InvalidInputException(
                        field, amount, "at most " + digits + " decimals for " + code);
            }
            String largest = BigDecimal.valueOf(Long.MAX_VALUE, digits).toPlainString();
            throw new InvalidInputException(
                    field,
                    amount,
                    "an amount from -"
                            + largest
                            + " to "
                            + largest
                            + " "
                            + code
                            + ", the range of a long count of minor units");
        }
    }

    /** Returns {@code units} minor units of {@code currency} as a public amount. */
    static MonetaryAmount of(long units, CurrencyUnit currency) {
        return new MinorAmount(units, currency).toMonetaryAmount();
    }
}

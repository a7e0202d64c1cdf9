package io.github.tahsilat.invoice;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * A discount on one line, taken off {@code quantity × unitPrice} before VAT is computed. Under
 * {@link PriceBasis#VAT_INCLUSIVE} the discount reduces the gross amount, under {@link
 * PriceBasis#VAT_EXCLUSIVE} the net amount.
 */
public sealed interface LineDiscount permits LineDiscount.Percentage, LineDiscount.Amount {

    /** Returns a discount of {@code percent} percent of the line amount. */
    static LineDiscount percent(BigDecimal percent) {
        return new Percentage(percent);
    }

    /** Returns a discount of a fixed amount in the document currency. */
    static LineDiscount amount(MonetaryAmount amount) {
        return new Amount(amount);
    }

    /**
     * A discount in percent of the line amount.
     *
     * @param percent from 0 to 100 inclusive, any precision
     */
    record Percentage(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal percent)
            implements LineDiscount {

        /**
         * Checks the percentage.
         *
         * @throws InvalidInputException if {@code percent} is missing or outside 0 to 100
         */
        public Percentage {
            if (percent == null) {
                throw new InvalidInputException("discount.percent", null, "a percentage");
            }
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException(
                        "discount.percent", percent.toPlainString(), "a percentage from 0 to 100");
            }
        }
    }

    /**
     * A discount of a fixed amount. The document checks that the currency is its own and that the
     * amount does not exceed the line amount.
     *
     * @param amount zero or more, any precision; the line amount after the discount is rounded once
     */
    record Amount(@NotNull @PositiveOrZero MonetaryAmount amount) implements LineDiscount {

        /**
         * Checks the amount.
         *
         * @throws InvalidInputException if {@code amount} is missing or negative
         */
        public Amount {
            if (amount == null) {
                throw new InvalidInputException("discount.amount", null, "an amount");
            }
            if (amount.isNegative()) {
                throw new InvalidInputException(
                        "discount.amount", amount, "an amount of zero or more");
            }
        }
    }
}

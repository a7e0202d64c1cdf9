package io.github.tahsilat.invoice;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * The VAT of one rate on a document: the taxable (net) amount at that rate and the tax on it, both
 * rounded to the currency's minor unit.
 *
 * @param rate the VAT rate in percent, zero or more, without trailing zeros (20, not 20.00)
 * @param taxableAmount the net amount taxed at this rate, zero or more
 * @param taxAmount the VAT at this rate, zero or more, in the currency of {@code taxableAmount}
 */
public record VatSubtotal(
        @NotNull @PositiveOrZero BigDecimal rate,
        @NotNull @PositiveOrZero MonetaryAmount taxableAmount,
        @NotNull @PositiveOrZero MonetaryAmount taxAmount) {

    /**
     * Checks the fields and strips trailing zeros from the rate.
     *
     * @throws InvalidInputException if a field is missing, the rate or an amount is negative, an
     *     amount has more decimals than its currency, or the two amounts are in different
     *     currencies
     */
    public VatSubtotal {
        if (rate == null || rate.signum() < 0) {
            throw new InvalidInputException(
                    "vatSubtotal.rate",
                    rate == null ? null : rate.toPlainString(),
                    "a rate in percent of 0 or more");
        }
        rate = normalizeRate(rate);
        if (taxableAmount == null) {
            throw new InvalidInputException("vatSubtotal.taxableAmount", null, "an amount");
        }
        Amounts.documentAmount(
                "vatSubtotal.taxableAmount", taxableAmount, taxableAmount.getCurrency());
        Amounts.documentAmount("vatSubtotal.taxAmount", taxAmount, taxableAmount.getCurrency());
    }

    /** Returns {@code rate} without trailing zeros and with a scale of at least 0. */
    static BigDecimal normalizeRate(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

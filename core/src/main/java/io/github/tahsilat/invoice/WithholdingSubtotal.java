package io.github.tahsilat.invoice;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import javax.money.MonetaryAmount;

/**
 * The VAT withheld under one withholding code and fraction on a document, rounded to the currency's
 * minor unit. The buyer pays this amount to the tax office, not to the seller.
 *
 * @param withholding the code and fraction
 * @param withheldAmount the withheld VAT, zero or more
 */
public record WithholdingSubtotal(
        @NotNull @Valid VatWithholding withholding,
        @NotNull @PositiveOrZero MonetaryAmount withheldAmount) {

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if a field is missing, or the amount is negative or has more
     *     decimals than its currency
     */
    public WithholdingSubtotal {
        if (withholding == null) {
            throw new InvalidInputException("withholdingSubtotal.withholding", null, "a code");
        }
        if (withheldAmount == null) {
            throw new InvalidInputException(
                    "withholdingSubtotal.withheldAmount", null, "an amount");
        }
        Amounts.documentAmount(
                "withholdingSubtotal.withheldAmount", withheldAmount, withheldAmount.getCurrency());
    }
}

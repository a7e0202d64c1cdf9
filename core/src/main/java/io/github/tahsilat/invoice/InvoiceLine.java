package io.github.tahsilat.invoice;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * One line of an invoice or credit document. Quantity and unit price keep their own precision; only
 * the line amount {@code quantity × unitPrice − discount} is rounded, once, to the minor unit. The
 * unit price is in the document's currency, and includes VAT or not by the document's {@link
 * PriceBasis}. Immutable.
 *
 * @param description what was sold, not blank
 * @param quantity greater than 0
 * @param unitPrice zero or more
 * @param discount the line discount, or {@code null} for none
 * @param vatRate the VAT rate in percent, zero or more, for example {@code 20} for 20 %
 * @param withholding the VAT withholding, or {@code null} for none
 */
public record InvoiceLine(
        @NotBlank String description,
        @NotNull @Positive BigDecimal quantity,
        @NotNull @PositiveOrZero BigDecimal unitPrice,
        @Valid LineDiscount discount,
        @NotNull @PositiveOrZero BigDecimal vatRate,
        @Valid VatWithholding withholding) {

    /**
     * Checks every field.
     *
     * @throws InvalidInputException if the description is blank, the quantity is not greater than
     *     0, the unit price or VAT rate is negative, or a required field is missing
     */
    public InvoiceLine {
        if (description == null || description.isBlank()) {
            throw new InvalidInputException(
                    "description", description, "a description that is not blank");
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new InvalidInputException("quantity", plain(quantity), "a number greater than 0");
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            throw new InvalidInputException("unitPrice", plain(unitPrice), "a price of 0 or more");
        }
        if (vatRate == null || vatRate.signum() < 0) {
            throw new InvalidInputException(
                    "vatRate", plain(vatRate), "a rate in percent of 0 or more, such as 20");
        }
    }

    /** Returns a line without discount or withholding. */
    public static InvoiceLine of(
            String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal vatRate) {
        return new InvoiceLine(description, quantity, unitPrice, null, vatRate, null);
    }

    /** Returns a copy of this line with {@code discount}, or without one when it is null. */
    public InvoiceLine withDiscount(LineDiscount discount) {
        return new InvoiceLine(description, quantity, unitPrice, discount, vatRate, withholding);
    }

    /** Returns a copy of this line with {@code withholding}, or without one when it is null. */
    public InvoiceLine withWithholding(VatWithholding withholding) {
        return new InvoiceLine(description, quantity, unitPrice, discount, vatRate, withholding);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}

package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an invoice. The quantity, unit price, rates and discount amount keep the scale they
 * were given.
 *
 * @param description what was sold, never blank
 * @param quantity the quantity, greater than 0
 * @param unitPrice the price of one unit in the invoice currency, at least 0
 * @param discountPercent the line discount in percent, from 0 to 100; 0 when the line has no
 *     discount or a discount amount
 * @param discountAmount a fixed line discount in the invoice currency, at least 0 and of any scale,
 *     or empty. A line has a discount percentage above 0 or a discount amount, not both
 * @param vatPercent the VAT rate in percent, from 0 to 100, such as {@code 20}
 * @param withholding the VAT withholding, or empty
 */
public record InvoiceLine(
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        Optional<BigDecimal> discountAmount,
        BigDecimal vatPercent,
        Optional<Withholding> withholding) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a value is outside its range, the description is blank,
     *     or both a discount percentage above 0 and a discount amount are given
     */
    public InvoiceLine {
        Checks.text(description, "description");
        Checks.positive(quantity, "quantity");
        Checks.nonNegative(unitPrice, "unitPrice");
        Checks.percent(discountPercent, "discountPercent");
        Objects.requireNonNull(discountAmount, "discountAmount")
                .ifPresent(amount -> Checks.nonNegative(amount, "discountAmount"));
        if (discountAmount.isPresent() && discountPercent.signum() > 0) {
            throw Checks.invalid(
                    "discountAmount",
                    discountAmount.get().toPlainString(),
                    "no discount amount when discountPercent is above 0");
        }
        Checks.percent(vatPercent, "vatPercent");
        Objects.requireNonNull(withholding, "withholding");
    }

    /**
     * Creates a line without a discount amount.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a value is outside its range or the description is blank
     */
    public InvoiceLine(
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal discountPercent,
            BigDecimal vatPercent,
            Optional<Withholding> withholding) {
        this(
                description,
                quantity,
                unitPrice,
                discountPercent,
                Optional.empty(),
                vatPercent,
                withholding);
    }
}

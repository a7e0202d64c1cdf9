package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an invoice. The quantity, unit price and rates keep the scale they were given.
 *
 * @param description what was sold, never blank
 * @param quantity the quantity, greater than 0
 * @param unitPrice the price of one unit in the invoice currency, at least 0
 * @param discountPercent the line discount in percent, from 0 to 100
 * @param vatPercent the VAT rate in percent, from 0 to 100, such as {@code 20}
 * @param withholding the VAT withholding, or empty
 */
public record InvoiceLine(
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        BigDecimal vatPercent,
        Optional<Withholding> withholding) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a value is outside its range or the description is blank
     */
    public InvoiceLine {
        Checks.text(description, "description");
        Checks.positive(quantity, "quantity");
        Checks.nonNegative(unitPrice, "unitPrice");
        Checks.percent(discountPercent, "discountPercent");
        Checks.percent(vatPercent, "vatPercent");
        Objects.requireNonNull(withholding, "withholding");
    }
}

package io.github.tahsilat.einvoice;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One {@code cac:TaxSubtotal}: the taxable amount and the tax of one category.
 *
 * @param taxableAmount the taxable amount, may be negative as printed
 * @param taxAmount the tax amount, may be negative as printed
 * @param category the tax category with its percent
 */
public record TaxSubtotal(
        MonetaryAmount taxableAmount, MonetaryAmount taxAmount, TaxCategory category) {

    /**
     * Checks that every component is present.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public TaxSubtotal {
        Objects.requireNonNull(taxableAmount, "taxableAmount");
        Objects.requireNonNull(taxAmount, "taxAmount");
        Objects.requireNonNull(category, "category");
    }
}

package io.github.tahsilat.einvoice;

import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One {@code cac:TaxTotal} of a document or line: the tax amount and its subtotals. EN 16931 adds a
 * second tax total in the tax currency without subtotals when it differs from the document
 * currency.
 *
 * @param taxAmount the total tax, in the document currency or the tax currency
 * @param subtotals the subtotals per category, possibly empty
 */
public record TaxTotal(MonetaryAmount taxAmount, List<TaxSubtotal> subtotals) {

    /**
     * Copies the subtotals.
     *
     * @throws NullPointerException if a component or subtotal is {@code null}
     */
    public TaxTotal {
        Objects.requireNonNull(taxAmount, "taxAmount");
        subtotals = List.copyOf(subtotals);
    }
}

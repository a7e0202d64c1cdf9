package io.github.tahsilat.einvoice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One {@code cac:InvoiceLine} or {@code cac:CreditNoteLine}, as printed. Amounts and quantities
 * keep the precision and sign of the document: a returned item may have a negative quantity or
 * amount.
 *
 * @param id the line id, not {@code null}
 * @param quantity the invoiced or credited quantity
 * @param unitCode the UN/ECE rec 20 unit code, such as {@code C62} (one) or {@code KWH}, or {@code
 *     null}
 * @param lineExtensionAmount the net line amount: quantity × price − allowances + charges
 * @param price the price per base quantity, or {@code null} when not printed
 * @param baseQuantity the quantity the price is for, or {@code null} for one unit
 * @param name the item name, or {@code null}
 * @param description the item description, or {@code null}
 * @param vatCategory the line's VAT category: the item's classified tax category, else the VAT
 *     subtotal of the line's tax total; {@code null} when neither is printed
 * @param taxTotal the line's {@code cac:TaxTotal}, or {@code null} (EN 16931 prints none)
 * @param withholdings the line's UBL-TR withholding subtotals
 * @param allowanceCharges the line's allowances and charges, already in the line amount
 */
public record EInvoiceLine(
        String id,
        BigDecimal quantity,
        String unitCode,
        MonetaryAmount lineExtensionAmount,
        MonetaryAmount price,
        BigDecimal baseQuantity,
        String name,
        String description,
        TaxCategory vatCategory,
        TaxTotal taxTotal,
        List<WithholdingTax> withholdings,
        List<AllowanceCharge> allowanceCharges) {

    /**
     * Checks the required components and copies the lists.
     *
     * @throws NullPointerException if the id, quantity, line amount or a list is {@code null}
     */
    public EInvoiceLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(lineExtensionAmount, "lineExtensionAmount");
        withholdings = List.copyOf(withholdings);
        allowanceCharges = List.copyOf(allowanceCharges);
    }

    /** Returns the VAT rate in percent, zero when the line prints none. */
    public BigDecimal vatPercent() {
        return vatCategory == null ? BigDecimal.ZERO : vatCategory.percentOrZero();
    }
}

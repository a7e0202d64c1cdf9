package io.github.tahsilat.einvoice;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One subtotal of a UBL-TR {@code cac:WithholdingTaxTotal}: the VAT withheld under one withholding
 * type code (KDV tevkifatı). The buyer pays this part of the VAT to the tax office.
 *
 * @param typeCode the GİB withholding type code, such as {@code 603}, or {@code null} when the
 *     document prints none
 * @param name the withholding's name as printed, or {@code null}
 * @param percent the withheld share of the VAT in percent, such as {@code 70} for 7/10, or {@code
 *     null}
 * @param taxableAmount the VAT amount the share is taken from, as printed
 * @param taxAmount the withheld amount, as printed
 */
public record WithholdingTax(
        String typeCode,
        String name,
        BigDecimal percent,
        MonetaryAmount taxableAmount,
        MonetaryAmount taxAmount) {

    /**
     * Checks that the amounts are present.
     *
     * @throws NullPointerException if an amount is {@code null}
     */
    public WithholdingTax {
        Objects.requireNonNull(taxableAmount, "taxableAmount");
        Objects.requireNonNull(taxAmount, "taxAmount");
    }
}

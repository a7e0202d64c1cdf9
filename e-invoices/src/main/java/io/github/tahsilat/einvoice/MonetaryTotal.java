package io.github.tahsilat.einvoice;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The {@code cac:LegalMonetaryTotal} of a document, as printed. EN 16931 defines {@code payable =
 * taxInclusive − prepaid + payableRounding}; UBL-TR also subtracts the withheld VAT.
 *
 * @param lineExtensionAmount the sum of the line amounts
 * @param taxExclusiveAmount the total without tax, after document allowances and charges
 * @param taxInclusiveAmount the total with tax
 * @param allowanceTotalAmount the document allowances, or {@code null}
 * @param chargeTotalAmount the document charges, or {@code null}
 * @param prepaidAmount the amount already paid, or {@code null}
 * @param payableRoundingAmount the rounding added to reach the payable amount, or {@code null}
 * @param payableAmount the amount due
 */
public record MonetaryTotal(
        MonetaryAmount lineExtensionAmount,
        MonetaryAmount taxExclusiveAmount,
        MonetaryAmount taxInclusiveAmount,
        MonetaryAmount allowanceTotalAmount,
        MonetaryAmount chargeTotalAmount,
        MonetaryAmount prepaidAmount,
        MonetaryAmount payableRoundingAmount,
        MonetaryAmount payableAmount) {

    /**
     * Checks the required amounts.
     *
     * @throws NullPointerException if the line extension, tax exclusive, tax inclusive or payable
     *     amount is {@code null}
     */
    public MonetaryTotal {
        Objects.requireNonNull(lineExtensionAmount, "lineExtensionAmount");
        Objects.requireNonNull(taxExclusiveAmount, "taxExclusiveAmount");
        Objects.requireNonNull(taxInclusiveAmount, "taxInclusiveAmount");
        Objects.requireNonNull(payableAmount, "payableAmount");
    }
}

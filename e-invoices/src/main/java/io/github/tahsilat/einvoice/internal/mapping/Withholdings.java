package io.github.tahsilat.einvoice.internal.mapping;

import io.github.tahsilat.einvoice.EInvoiceImportException;
import io.github.tahsilat.einvoice.WithholdingTax;
import io.github.tahsilat.invoice.VatWithholding;
import java.math.BigDecimal;

/** Turns printed UBL-TR withholdings into {@link VatWithholding} values. */
final class Withholdings {

    private Withholdings() {}

    /**
     * Returns the withholding of {@code printed}: its three-digit code and its percent as a
     * fraction, over 10 when the percent is a multiple of 10 (70 % is 7/10, as the GİB code list
     * states it) and over 100 otherwise.
     *
     * @throws EInvoiceImportException if the code is not three digits or the percent is not a whole
     *     number from 1 to 100
     */
    static VatWithholding of(WithholdingTax printed, String documentId, String where) {
        String code = printed.typeCode();
        if (code == null || !code.matches("[0-9]{3}")) {
            throw new EInvoiceImportException(
                    "e-invoice "
                            + documentId
                            + ": the withholding of "
                            + where
                            + " has the type code "
                            + code
                            + "; expected a three-digit GİB withholding code such as 603");
        }
        BigDecimal percent = printed.percent();
        if (percent == null || !Decimals.isWholePercent(percent)) {
            throw new EInvoiceImportException(
                    "e-invoice "
                            + documentId
                            + ": the withholding "
                            + code
                            + " of "
                            + where
                            + " has the percent "
                            + (percent == null ? "(missing)" : percent.toPlainString())
                            + "; expected a whole percent from 1 to 100, such as 70 for 7/10");
        }
        int whole = percent.intValueExact();
        return whole % 10 == 0
                ? VatWithholding.of(code, whole / 10, 10)
                : VatWithholding.of(code, whole, 100);
    }
}

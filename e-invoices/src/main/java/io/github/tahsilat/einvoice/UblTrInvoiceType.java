package io.github.tahsilat.einvoice;

import java.util.Locale;
import java.util.Optional;

/**
 * The invoice type codes ({@code cbc:InvoiceTypeCode}) of the UBL-TR code list of the Turkish tax
 * administration GİB. A document keeps its type code as text, so a code missing here is still read;
 * {@link #of(String)} returns empty for it.
 */
public enum UblTrInvoiceType {
    /** A sale. */
    SATIS,
    /** A return invoice, issued by the buyer of the invoice it names. */
    IADE,
    /** A sale with VAT withholding (KDV tevkifatı). */
    TEVKIFAT,
    /** A return of a sale with VAT withholding. */
    TEVKIFATIADE,
    /** A sale exempt from VAT. */
    ISTISNA,
    /** A sale taxed on a special base (özel matrah). */
    OZELMATRAH,
    /** A sale to an exporter under the export-registered regime (ihraç kayıtlı). */
    IHRACKAYITLI,
    /** An invoice to the social security institution SGK. */
    SGK,
    /** An invoice of a commission agent. */
    KOMISYONCU,
    /** A sale registered in the wholesale market system HKS. */
    HKSSATIS,
    /** A commission agent's invoice registered in the wholesale market system HKS. */
    HKSKOMISYONCU,
    /** An invoice with accommodation tax. */
    KONAKLAMAVERGISI,
    /** An electric-vehicle charging invoice. */
    SARJ,
    /** An instant electric-vehicle charging invoice. */
    SARJANLIK,
    /** A sale under an investment incentive certificate (YTB). */
    YTBSATIS,
    /** A return under an investment incentive certificate. */
    YTBIADE,
    /** A VAT-exempt sale under an investment incentive certificate. */
    YTBISTISNA,
    /** A sale with VAT withholding under an investment incentive certificate. */
    YTBTEVKIFAT,
    /** A return of a sale with VAT withholding under an investment incentive certificate. */
    YTBTEVKIFATIADE,
    /** A sale under technology support. */
    TEKNOLOJIDESTEK;

    /** Returns the type with this code, ignoring case, or empty for a code not listed here. */
    public static Optional<UblTrInvoiceType> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        for (UblTrInvoiceType type : values()) {
            if (type.name().equals(upper)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns {@code true} for the return invoices: {@link #IADE}, {@link #TEVKIFATIADE}, {@link
     * #YTBIADE} and {@link #YTBTEVKIFATIADE}.
     */
    public boolean isReturn() {
        return this == IADE || this == TEVKIFATIADE || this == YTBIADE || this == YTBTEVKIFATIADE;
    }
}

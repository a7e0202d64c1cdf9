package io.github.tahsilat.einvoice;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A tax category as printed in {@code cac:TaxCategory} or {@code cac:ClassifiedTaxCategory}.
 *
 * <p>EN 16931 names VAT by the scheme id {@code VAT} and the category by a UNCL 5305 code such as
 * {@code S} (standard) or {@code E} (exempt); UBL-TR names the tax by its GİB tax type code, such
 * as {@code 0015} for KDV (VAT), and gives the percent on the tax subtotal, which the reader copies
 * here.
 *
 * @param id the category code, such as {@code S}, or {@code null} (UBL-TR prints none)
 * @param percent the rate in percent, or {@code null} when not printed
 * @param schemeId the tax scheme id, such as {@code VAT}, or {@code null}
 * @param schemeName the tax scheme name, such as {@code KDV}, or {@code null}
 * @param taxTypeCode the tax type code, such as {@code 0015} or a withholding code like {@code
 *     603}, or {@code null}
 * @param exemptionReasonCode the exemption reason code, or {@code null}
 * @param exemptionReason the exemption reason text, or {@code null}
 */
public record TaxCategory(
        String id,
        BigDecimal percent,
        String schemeId,
        String schemeName,
        String taxTypeCode,
        String exemptionReasonCode,
        String exemptionReason) {

    /** The GİB tax type code of KDV, the Turkish VAT. */
    public static final String KDV_TYPE_CODE = "0015";

    /**
     * Returns {@code true} if this is value added tax: the scheme id is {@code VAT}, or the tax
     * type code is {@code 0015} (KDV), or neither is printed and the scheme name is {@code KDV}.
     */
    public boolean isVat() {
        if (schemeId != null) {
            return schemeId.strip().toUpperCase(Locale.ROOT).equals("VAT");
        }
        if (taxTypeCode != null) {
            return taxTypeCode.strip().equals(KDV_TYPE_CODE);
        }
        return schemeName != null && schemeName.strip().equals("KDV");
    }

    /** Returns the percent, or zero when it is not printed. */
    public BigDecimal percentOrZero() {
        return percent == null ? BigDecimal.ZERO : percent;
    }
}

package io.github.tahsilat.einvoice;

import java.util.Locale;

/**
 * The specification an e-invoice follows, identified by its {@code cbc:ProfileID} and {@code
 * cbc:CustomizationID}.
 */
public enum Profile {
    /** UBL-TR e-Fatura basic invoice, ProfileID {@code TEMELFATURA}: no application response. */
    UBL_TR_TEMELFATURA,
    /**
     * UBL-TR e-Fatura commercial invoice, ProfileID {@code TICARIFATURA}: the buyer accepts or
     * rejects it.
     */
    UBL_TR_TICARIFATURA,
    /**
     * UBL-TR e-Arşiv invoice to a party not enrolled in e-Fatura, ProfileID {@code EARSIVFATURA}.
     */
    UBL_TR_EARSIVFATURA,
    /**
     * Another UBL-TR profile, such as {@code IHRACAT} or {@code KAMU}: a ProfileID not listed above
     * on a document whose CustomizationID starts with {@code TR}.
     */
    UBL_TR_OTHER,
    /**
     * PEPPOL BIS Billing 3.0: ProfileID {@code urn:fdc:peppol.eu:2017:poacc:billing:01:1.0}, or a
     * CustomizationID naming {@code urn:fdc:peppol.eu:2017:poacc:billing:3.0}.
     */
    PEPPOL_BIS_BILLING_3,
    /**
     * EN 16931 without the PEPPOL profile: a CustomizationID starting with {@code
     * urn:cen.eu:en16931:2017}.
     */
    EN_16931,
    /** Plain UBL 2.1, or a profile this library does not tell apart. */
    UBL;

    private static final String PEPPOL_PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final String PEPPOL_CUSTOMIZATION = "urn:fdc:peppol.eu:2017:poacc:billing:3.0";

    /**
     * Returns the profile of a document with these identifiers.
     *
     * @param profileId the {@code cbc:ProfileID} text, or {@code null} when absent
     * @param customizationId the {@code cbc:CustomizationID} text, or {@code null} when absent
     */
    public static Profile of(String profileId, String customizationId) {
        String profile = profileId == null ? "" : profileId.strip();
        String customization = customizationId == null ? "" : customizationId.strip();
        switch (profile.toUpperCase(Locale.ROOT)) {
            case "TEMELFATURA":
                return UBL_TR_TEMELFATURA;
            case "TICARIFATURA":
                return UBL_TR_TICARIFATURA;
            case "EARSIVFATURA":
                return UBL_TR_EARSIVFATURA;
            default:
                break;
        }
        if (customization.toUpperCase(Locale.ROOT).startsWith("TR")) {
            return UBL_TR_OTHER;
        }
        if (profile.equals(PEPPOL_PROFILE) || customization.contains(PEPPOL_CUSTOMIZATION)) {
            return PEPPOL_BIS_BILLING_3;
        }
        if (customization.startsWith("urn:cen.eu:en16931:2017")) {
            return EN_16931;
        }
        return UBL;
    }

    /** Returns {@code true} for the UBL-TR profiles of the Turkish tax administration GİB. */
    public boolean isUblTr() {
        return this == UBL_TR_TEMELFATURA
                || this == UBL_TR_TICARIFATURA
                || this == UBL_TR_EARSIVFATURA
                || this == UBL_TR_OTHER;
    }
}

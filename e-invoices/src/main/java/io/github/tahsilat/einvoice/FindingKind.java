package io.github.tahsilat.einvoice;

/** The subject of an {@link ImportFinding}. */
public enum FindingKind {
    /**
     * The printed totals differ from the totals the library computed from the lines by more than
     * one minor unit per tax subtotal. The printed totals are kept.
     */
    TOTALS_DIFFER,
    /**
     * The printed totals do not add up among themselves, such as a payable amount that is not the
     * total with tax minus the prepaid amount plus the rounding.
     */
    PRINTED_TOTALS_INCONSISTENT,
    /**
     * A printed amount has more decimals than the currency's minor unit and was rounded with the
     * company's rounding mode.
     */
    PRINTED_AMOUNT_ROUNDED,
    /**
     * The lines could not be kept one by one, because a line has a negative quantity or amount, a
     * charge larger than its allowances, or the document has allowances or charges of its own. The
     * invoice then has one line per VAT rate with the net amount of the document at that rate.
     */
    LINES_COMBINED,
    /**
     * A tax other than VAT, such as the Turkish special consumption tax ÖTV, is printed. Tahsilat's
     * totals hold VAT only, so that tax is not part of the receivable.
     */
    NON_VAT_TAX,
    /** The document prints several different due dates; the first one is used. */
    DUE_DATES_DIFFER,
    /** The document names several billing references; the first one is the credit's reference. */
    SEVERAL_REFERENCES
}

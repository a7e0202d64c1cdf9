package io.github.tahsilat.bankstatement;

/** What a {@link Finding} is about. */
public enum FindingType {
    /** The opening booked balance plus the booked entries does not equal the closing balance. */
    BALANCE_MISMATCH,
    /** A statement that should have an opening booked balance (OPBD or PRCD) has none. */
    OPENING_BALANCE_MISSING,
    /** A statement that should have a closing booked balance (CLBD) has none. */
    CLOSING_BALANCE_MISSING,
    /**
     * A booked entry or a balance is in another currency than the opening balance, so it was left
     * out of the balance check.
     */
    CURRENCY_MISMATCH,
    /** The transaction summary ({@code TxsSummry}) disagrees with the entries read. */
    SUMMARY_MISMATCH,
    /**
     * An MT940 page's closing intermediate balance ({@code :62M:}) differs from the next page's
     * opening ({@code :60M:}).
     */
    PAGE_BALANCE_MISMATCH
}

package io.github.tahsilat.reconciliation;

/** The decision of {@link CompactBankLineMatcher} for one bank line. */
public enum CompactMatchStatus {
    /** The line pays the item the result names. */
    MATCHED,
    /**
     * The compact rules decided the line and found no item for it, or every item they found went to
     * other lines first. Lines with a higher score go first, and at equal scores lower line
     * numbers. {@link BankLineMatcher} would not match it either.
     */
    UNMATCHED,
    /**
     * The line needs a rule that only {@link BankLineMatcher} runs: a return or reversal, a payer
     * name the bank may have cut, or a combination of items. Pass the line to {@code
     * BankLineMatcher}.
     */
    UNDECIDED
}

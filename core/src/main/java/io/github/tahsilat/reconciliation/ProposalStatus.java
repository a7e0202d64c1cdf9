package io.github.tahsilat.reconciliation;

/** Whether a proposal may be booked without a person. */
public enum ProposalStatus {
    /**
     * The score reaches the auto-apply threshold and a reference, an invoice number or the
     * counterparty supports it; the booking side may apply it without review.
     */
    AUTO,
    /** A person should confirm, change or reject it. */
    SUGGESTION
}

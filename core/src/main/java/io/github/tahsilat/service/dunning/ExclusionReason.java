package io.github.tahsilat.service.dunning;

/** The reason a run leaves an overdue item out. */
public enum ExclusionReason {
    /** A dispute is open on the item. */
    DISPUTED,
    /** A dunning block is active on the run's date. */
    BLOCKED,
    /** A promise to pay covers the item until its date. */
    PROMISED_TO_PAY,
    /** The counterparty is on hold. */
    COUNTERPARTY_ON_HOLD,
    /** The counterparty gave a cheque or note that has not matured by the run's date. */
    INSTRUMENT_NOT_MATURED,
    /**
     * The item was handed over to a collection agency or legal follow-up, or, under {@link
     * io.github.tahsilat.dunning.HandOverScope#COUNTERPARTY}, another open item of its counterparty
     * was.
     */
    HANDED_OVER
}

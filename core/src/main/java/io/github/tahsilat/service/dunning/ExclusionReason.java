package io.github.tahsilat.service.dunning;

/** The reason a run leaves an overdue item out. */
public enum ExclusionReason {
    /** A dispute is open on the item. */
    DISPUTED,
    /** A dunning block is active on the run's date. */
    BLOCKED,
    /** A promise to pay covers the item until its date. */
    PROMISED_TO_PAY,
    /** An active payment plan covers the item, and its installments are paid on time. */
    PAYMENT_PLAN,
    /** The counterparty is on hold. */
    COUNTERPARTY_ON_HOLD,
    /**
     * Cheques or notes of the counterparty that mature after the run's date cover the whole item.
     * An item they cover in part is dunned for the rest.
     */
    INSTRUMENT_NOT_MATURED,
    /**
     * The item was handed over to a collection agency or legal follow-up, or, under {@link
     * io.github.tahsilat.dunning.HandOverScope#COUNTERPARTY}, another open item of its counterparty
     * was.
     */
    HANDED_OVER
}

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
    /** The counterparty gave a cheque or note that has not matured by the run's date. */
    INSTRUMENT_NOT_MATURED
}

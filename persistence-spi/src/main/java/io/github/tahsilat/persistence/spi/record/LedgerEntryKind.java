package io.github.tahsilat.persistence.spi.record;

/** The business event a ledger entry records; the domain documents each kind. */
public enum LedgerEntryKind {
    /** An invoice. */
    INVOICE,
    /** A credit note or return invoice. */
    CREDIT_DOCUMENT,
    /** A payment. */
    PAYMENT,
    /** A cheque or promissory note. */
    INSTRUMENT,
    /** Money or credit applied to an item. */
    ALLOCATION,
    /** Costs charged. */
    FEE,
    /** Default interest charged. */
    INTEREST,
    /** An early-payment discount. */
    DISCOUNT,
    /** A write-off. */
    WRITE_OFF,
    /** An exchange difference. */
    EXCHANGE_DIFFERENCE,
    /** Unapplied credit paid back. */
    REFUND,
    /** A receivable offset against a payable. */
    SET_OFF,
    /** A payment taken back. */
    REVERSAL,
    /** Bank charges or commission deducted from a payment. */
    CHARGES
}

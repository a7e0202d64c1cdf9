package io.github.tahsilat.ledger;

/** The business event a ledger entry records. */
public enum LedgerEntryKind {
    /** An invoice issued or received: the counterparty owes its receivable. */
    INVOICE,
    /** A credit note or return invoice: unapplied credit until it is applied. */
    CREDIT_DOCUMENT,
    /** A payment received or paid, for its full settled amount. */
    PAYMENT,
    /** A cheque or promissory note received or given. */
    INSTRUMENT,
    /** Money or credit applied to an item; it moves nothing on the balance. */
    ALLOCATION,
    /** Costs charged to the counterparty. */
    FEE,
    /** Default interest charged to the counterparty. */
    INTEREST,
    /** An early-payment discount granted. */
    DISCOUNT,
    /** An amount written off, with its reason: a shortfall, an excess or an uncollectible item. */
    WRITE_OFF,
    /** A realized or unrealized exchange difference. */
    EXCHANGE_DIFFERENCE,
    /** Unapplied credit paid back to the counterparty. */
    REFUND,
    /** A receivable offset against a payable of the same counterparty (mahsup). */
    SET_OFF,
    /** A payment taken back as a whole, such as a bank return. */
    REVERSAL,
    /** Bank charges or card commission deducted from a payment; the company's expense. */
    CHARGES
}

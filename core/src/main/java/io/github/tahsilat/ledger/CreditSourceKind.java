package io.github.tahsilat.ledger;

/** The origin of unapplied credit. */
public enum CreditSourceKind {
    /** The part of a payment not applied to items: an overpayment or a prepayment. */
    PAYMENT,
    /** The part of a credit note or return invoice not applied to items. */
    CREDIT_DOCUMENT,
    /** The part of a cheque or promissory note not applied to items. */
    INSTRUMENT
}

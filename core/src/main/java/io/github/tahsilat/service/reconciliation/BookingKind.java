package io.github.tahsilat.service.reconciliation;

/** The kind of booking a bank line produced: a payment or a reversal. */
public enum BookingKind {
    /** Recorded the line as a payment received. */
    PAYMENT,
    /** Reversed the payment that an earlier line produced, for a returned or reversed entry. */
    REVERSAL
}

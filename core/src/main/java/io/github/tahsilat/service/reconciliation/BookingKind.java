package io.github.tahsilat.service.reconciliation;

/** What booking a bank line did. */
public enum BookingKind {
    /** Recorded the line as a payment received. */
    PAYMENT,
    /** Reversed the payment that an earlier line produced, for a returned or reversed entry. */
    REVERSAL
}

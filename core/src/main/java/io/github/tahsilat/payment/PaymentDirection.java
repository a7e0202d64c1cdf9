package io.github.tahsilat.payment;

/** Whether money came in from the counterparty or went out to it. */
public enum PaymentDirection {
    /** Received from a customer; settles receivable invoices. */
    RECEIVED,
    /** Paid to a supplier; settles payable invoices. */
    PAID
}

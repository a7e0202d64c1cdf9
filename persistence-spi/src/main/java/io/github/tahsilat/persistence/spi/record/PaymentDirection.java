package io.github.tahsilat.persistence.spi.record;

/** Whether a payment came in from the counterparty or went out to it. */
public enum PaymentDirection {
    /** Received from a customer. */
    RECEIVED,
    /** Paid to a supplier. */
    PAID
}

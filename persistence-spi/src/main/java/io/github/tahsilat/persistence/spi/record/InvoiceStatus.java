package io.github.tahsilat.persistence.spi.record;

/** The settlement status of an invoice. */
public enum InvoiceStatus {
    /** Nothing is settled. */
    OPEN,
    /** Part is settled, and an amount remains outstanding. */
    PARTIALLY_PAID,
    /** Fully settled. */
    PAID,
    /** Cancelled; it was never owed. */
    CANCELLED,
    /** The remaining amount was written off as uncollectible. */
    WRITTEN_OFF;

    /** Returns whether an invoice in this status is an open item. */
    public boolean isOpen() {
        return this == OPEN || this == PARTIALLY_PAID;
    }
}

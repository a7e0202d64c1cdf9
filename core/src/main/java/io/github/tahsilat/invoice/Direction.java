package io.github.tahsilat.invoice;

/**
 * Which side of the books an open item is on. The open-item engine treats both alike, and reports
 * keep them apart.
 */
public enum Direction {
    /** The counterparty owes us: a customer invoice. */
    RECEIVABLE,
    /** We owe the counterparty: a supplier invoice. */
    PAYABLE
}

package io.github.tahsilat.persistence.spi.record;

/** The way a queued bank line left the queue. */
public enum QueueResolutionKind {
    /** A person matched the line to invoices by hand. */
    MANUAL_MATCH,
    /** A person dismissed the line, with a reason. */
    DISMISSED,
    /** A later import matched or booked the same line. */
    BOOKED_BY_IMPORT
}

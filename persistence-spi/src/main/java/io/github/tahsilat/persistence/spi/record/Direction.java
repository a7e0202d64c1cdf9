package io.github.tahsilat.persistence.spi.record;

/** Whether a document is owed to the company or by it. */
public enum Direction {
    /** The counterparty owes the company. */
    RECEIVABLE,
    /** The company owes the counterparty. */
    PAYABLE
}

package io.github.tahsilat.confirmation;

/** The reason a document explains part of a confirmation difference. */
public enum DiscrepancyKind {
    /** The document is in the company's books only. */
    ONLY_IN_OUR_BOOKS,
    /** The document is in the counterparty's books only. */
    ONLY_IN_THEIR_BOOKS,
    /** Both sides have the document with different amounts. */
    AMOUNT_DIFFERS
}

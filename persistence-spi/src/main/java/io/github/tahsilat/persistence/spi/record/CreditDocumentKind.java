package io.github.tahsilat.persistence.spi.record;

/** The kind of a document that credits a counterparty. */
public enum CreditDocumentKind {
    /** A credit note: a price reduction or correction. */
    CREDIT_NOTE,
    /** A return invoice (iade faturası): goods sent back. */
    RETURN_INVOICE
}

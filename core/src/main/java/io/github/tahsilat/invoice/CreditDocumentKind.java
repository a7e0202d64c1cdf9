package io.github.tahsilat.invoice;

/** The kind of a credit document, by who issues it. */
public enum CreditDocumentKind {
    /** A credit note issued by the party that issued the invoice it corrects. */
    CREDIT_NOTE,
    /**
     * A return invoice (İADE faturası in Turkey) issued by the other party, referring to the number
     * of the invoice whose goods or services it returns.
     */
    RETURN_INVOICE
}

package io.github.tahsilat.einvoice;

/** The UBL document type of an e-invoice, by its document element. */
public enum DocumentKind {
    /** A UBL {@code Invoice}, which in UBL-TR also carries return invoices (type code IADE). */
    INVOICE,
    /** A UBL {@code CreditNote}, issued by the supplier of the invoice it corrects. */
    CREDIT_NOTE
}

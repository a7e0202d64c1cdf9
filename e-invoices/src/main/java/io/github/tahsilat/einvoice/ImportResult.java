package io.github.tahsilat.einvoice;

import io.github.tahsilat.invoice.Direction;
import java.util.List;

/**
 * The outcome of importing one e-invoice: an {@link InvoiceImport} or a {@link CreditImport}, with
 * the counterparty data for the host to match or register, the findings to review and the payments
 * to record.
 */
public sealed interface ImportResult permits InvoiceImport, CreditImport {

    /** Returns the document as read. */
    EInvoice document();

    /** Returns the direction of the imported item. */
    Direction direction();

    /** Returns the other party of the document, as printed. */
    Party counterparty();

    /** Returns the findings, empty when the document is consistent and matches our computation. */
    List<ImportFinding> findings();

    /** Returns the payments the document reports as already made, possibly empty. */
    List<PaymentToRecord> paymentsToRecord();
}

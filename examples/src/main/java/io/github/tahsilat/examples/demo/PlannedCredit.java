package io.github.tahsilat.examples.demo;

import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.InvoiceId;

/**
 * A credit note for goods returned, applied to the invoice it refers to on its issue date.
 *
 * @param document the credit note
 * @param invoiceId the invoice it reduces
 */
record PlannedCredit(CreditDocument document, InvoiceId invoiceId) {}

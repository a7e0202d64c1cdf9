package io.github.tahsilat.einvoice;

import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import java.util.List;
import java.util.Objects;

/**
 * An e-invoice imported as an {@link Invoice}, with its printed totals.
 *
 * @param document the document as read
 * @param invoice the invoice, open and with nothing applied
 * @param counterparty the document's other party
 * @param findings the findings to review
 * @param paymentsToRecord the prepaid payments to record against the invoice
 */
public record InvoiceImport(
        EInvoice document,
        Invoice invoice,
        Party counterparty,
        List<ImportFinding> findings,
        List<PaymentToRecord> paymentsToRecord)
        implements ImportResult {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public InvoiceImport {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(counterparty, "counterparty");
        findings = List.copyOf(findings);
        paymentsToRecord = List.copyOf(paymentsToRecord);
    }

    @Override
    public Direction direction() {
        return invoice.direction();
    }
}

package io.github.tahsilat.reconciliation;

import io.github.tahsilat.invoice.InvoiceId;
import java.time.LocalDate;

/**
 * The stable order of open items in the index and in every result: oldest due date first, then
 * invoice number, then invoice id, so that results never depend on insertion order.
 */
record ItemKey(LocalDate dueDate, String invoiceNumber, InvoiceId invoiceId)
        implements Comparable<ItemKey> {

    static ItemKey of(OpenItemCandidate candidate) {
        return new ItemKey(candidate.dueDate(), candidate.invoiceNumber(), candidate.invoiceId());
    }

    /** Compares by due date, invoice number, then invoice id, without a comparator chain. */
    @Override
    public int compareTo(ItemKey other) {
        int order = dueDate.compareTo(other.dueDate);
        if (order != 0) {
            return order;
        }
        order = invoiceNumber.compareTo(other.invoiceNumber);
        if (order != 0) {
            return order;
        }
        return invoiceId.value().compareTo(other.invoiceId.value());
    }
}

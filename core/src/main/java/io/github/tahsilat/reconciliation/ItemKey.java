package io.github.tahsilat.reconciliation;

import io.github.tahsilat.invoice.InvoiceId;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The stable order of open items in the index and in every result: oldest due date first, then
 * invoice number, then invoice id, so that results never depend on insertion order.
 */
record ItemKey(LocalDate dueDate, String invoiceNumber, InvoiceId invoiceId)
        implements Comparable<ItemKey> {

    private static final Comparator<ItemKey> ORDER =
            Comparator.comparing(ItemKey::dueDate)
                    .thenComparing(ItemKey::invoiceNumber)
                    .thenComparing(key -> key.invoiceId().value());

    static ItemKey of(OpenItemCandidate candidate) {
        return new ItemKey(candidate.dueDate(), candidate.invoiceNumber(), candidate.invoiceId());
    }

    @Override
    public int compareTo(ItemKey other) {
        return ORDER.compare(this, other);
    }
}

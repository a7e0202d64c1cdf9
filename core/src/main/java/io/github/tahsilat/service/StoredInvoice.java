package io.github.tahsilat.service;

import io.github.tahsilat.invoice.Invoice;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice as stored: the domain value with the version it was read at and the store's
 * bookkeeping around it. Immutable and thread-safe.
 *
 * @param invoice the invoice, never {@code null}
 * @param version the stored version, 1 after the first write
 * @param dueDate the due date the open-item queries sort by: that of the earliest installment with
 *     an amount outstanding, or the final due date when nothing is outstanding
 * @param closedOn the day the invoice stopped being an open item, or empty while it is open
 * @param externalReference the host's own key for the invoice, or empty
 * @param idempotencyKey the key of the request that created it, or empty
 * @param lastDunningLevel the highest dunning level sent, 0 for none
 */
public record StoredInvoice(
        Invoice invoice,
        long version,
        LocalDate dueDate,
        Optional<LocalDate> closedOn,
        Optional<String> externalReference,
        Optional<String> idempotencyKey,
        int lastDunningLevel) {

    /** Checks that every part is present. */
    public StoredInvoice {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}

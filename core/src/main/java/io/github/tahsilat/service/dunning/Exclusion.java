package io.github.tahsilat.service.dunning;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.Objects;

/**
 * An overdue item a run left out, with the reason.
 *
 * @param invoiceId the item
 * @param counterpartyId its counterparty
 * @param reason why it was left out
 */
public record Exclusion(
        InvoiceId invoiceId, CounterpartyId counterpartyId, ExclusionReason reason) {

    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Exclusion {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(reason, "reason");
    }
}

package io.github.tahsilat.service;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A compact view of an open invoice for bulk work such as aging and dunning, read without
 * rebuilding the whole invoice. Immutable and thread-safe.
 *
 * @param invoiceId the invoice
 * @param counterpartyId the counterparty
 * @param issueDate the issue date
 * @param dueDate the due date of the earliest installment with an amount outstanding
 * @param outstanding the amount still owed, greater than zero for an open item
 * @param direction receivable or payable
 * @param disputed whether a dispute is open
 * @param lastDunningLevel the highest dunning level sent, 0 for none
 */
public record OpenItem(
        InvoiceId invoiceId,
        CounterpartyId counterpartyId,
        LocalDate issueDate,
        LocalDate dueDate,
        MonetaryAmount outstanding,
        Direction direction,
        boolean disputed,
        int lastDunningLevel) {

    /** Checks that every part is present. */
    public OpenItem {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(direction, "direction");
    }
}

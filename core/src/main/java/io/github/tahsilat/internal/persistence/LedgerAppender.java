package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.ledger.LedgerEntryKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The target of ledger appends: the store itself ({@link LedgerRepository}), or a {@link
 * LedgerRepository.Batch} that appends the entries later with one store call.
 */
public interface LedgerAppender {

    /**
     * Appends a ledger entry that affects {@code component} of the invoice, recorded at the clock's
     * instant by the context's actor.
     */
    void append(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            LedgerEntryKind kind,
            LocalDate valueDate,
            MinorAmount amount,
            MinorAmount effect,
            UUID documentId,
            Optional<UUID> invoiceId,
            Optional<ItemComponent> component,
            String note,
            Optional<UUID> reverses);
}

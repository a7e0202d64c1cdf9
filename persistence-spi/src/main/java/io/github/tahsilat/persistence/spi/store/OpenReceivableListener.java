package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.TaxId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Receives the open receivables and the counterparties' names, IBANs and tax ids that an {@link
 * OpenReceivableFeed} reports, so that its owner can keep a bank-line matching index up to date as
 * the store writes.
 *
 * <p>The store calls these methods on the thread that writes, while it holds its write lock, for
 * every write and for every write it undoes on rollback, so the listener's state follows the
 * committed state once the writing transaction ends. A listener must return quickly, must not
 * throw, and must not call any store.
 *
 * <p>An open receivable is an invoice in the {@link
 * io.github.tahsilat.persistence.spi.record.Direction#RECEIVABLE receivable} direction whose status
 * is open, as {@link InvoiceStore#matchCandidatesByNumberKey} finds it, including one owed nothing
 * yet open.
 */
public interface OpenReceivableListener {

    /**
     * Records that the counterparty exists with these fields, as inserted or as last updated. Each
     * report replaces everything reported of the counterparty before, so an IBAN or a tax id that a
     * later report leaves out, as after an erasure, no longer identifies it. An open receivable may
     * name a counterparty that was not reported, because a store need not check that an invoice's
     * counterparty exists. Such an item is no match candidate until its counterparty is reported.
     *
     * @param name the legal name, or the pseudonym after erasure
     * @param ibans the IBANs in electronic form, as {@link CounterpartyRecord#ibans()} contains
     *     them and {@link CounterpartyStore#findByIban} looks them up; possibly empty
     * @param taxId the tax id as {@link CounterpartyStore#findByTaxId} looks it up, or empty
     */
    void counterpartyStored(
            UUID companyId,
            UUID counterpartyId,
            String name,
            List<String> ibans,
            Optional<TaxId> taxId);

    /** Records that the counterparty no longer exists, as when its insert was rolled back. */
    void counterpartyRemoved(UUID companyId, UUID counterpartyId);

    /**
     * Records that the store's slot {@code slot} of the company contains an open receivable with
     * these fields, replacing what the slot contained before.
     *
     * @param slot a number from 0 that the store gives the invoice, the same for as long as the
     *     invoice is stored; the slots of one company are dense, so an array indexed by slot grows
     *     with the company's invoices
     */
    void opened(UUID companyId, int slot, MatchCandidateView item);

    /** Records that the slot no longer contains an open receivable. */
    void closed(UUID companyId, int slot);
}

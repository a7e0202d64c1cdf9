package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import java.util.UUID;

/**
 * Receives the open receivables and counterparty names that an {@link OpenReceivableFeed} reports,
 * so that its owner can keep a bank-line matching index up to date as the store writes.
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
     * Records that the counterparty exists with this legal name, as inserted or as last updated. An
     * open receivable may name a counterparty that was not reported, because a store need not check
     * that an invoice's counterparty exists. Such an item is no match candidate until its
     * counterparty is reported.
     */
    void counterpartyNamed(UUID companyId, UUID counterpartyId, String name);

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

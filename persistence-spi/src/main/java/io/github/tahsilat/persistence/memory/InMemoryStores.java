package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.store.Stores;

/**
 * Creates the in-memory storage backend: the embedded default for examples and tests.
 *
 * <p>It keeps every rule of the SPI contract: versions, unique keys, idempotency, transactions with
 * rollback that nested calls join, and isolation between companies. Writers are serialized by one
 * global lock, which a transaction holds from its first write until it ends, so a long transaction
 * blocks every other writer and every reader outside it. Reads take a shared lock for one call and
 * copy nothing. Secondary indexes serve lookups by IBAN, tax id, number, external reference and
 * idempotency key, and sorted indexes by (due day, id) serve the open-item pages. Data lives on the
 * heap and is lost when the stores are garbage collected.
 *
 * <p>Invoices are kept in columns, not as records: the fields the open-item queries read in
 * primitive arrays and the rest of each record encoded in a byte array, with hash and sorted
 * indexes over slot numbers. A read rebuilds a record equal to the one stored. An open invoice with
 * one line, one installment and one VAT rate took 299 bytes with its indexes on OpenJDK 17 ({@code
 * OpenItemFootprint} in the benchmarks module), about 300 MB for a million. The other stores keep
 * their records as they are.
 *
 * <p>The invoice store offers an {@link
 * io.github.tahsilat.persistence.spi.store.OpenReceivableFeed} that reports the open receivables of
 * that store and the counterparty names of the counterparty store created with it.
 */
public final class InMemoryStores {

    private InMemoryStores() {}

    /** Returns new, empty stores that share one transaction runner. Thread-safe. */
    public static Stores create() {
        MemoryTransactions transactions = new MemoryTransactions();
        MemoryOpenReceivableFeed feed = new MemoryOpenReceivableFeed(transactions);
        MemoryCounterpartyStore counterparties = new MemoryCounterpartyStore(transactions, feed);
        MemoryInvoiceStore invoices = new MemoryInvoiceStore(transactions, feed);
        feed.attach(counterparties, invoices);
        return new Stores(
                new MemoryCompanyStore(transactions),
                counterparties,
                invoices,
                new MemoryCreditDocumentStore(transactions),
                new MemoryEventLog(transactions),
                new MemoryPaymentStore(transactions),
                new MemoryAllocationStore(transactions),
                new MemoryLedgerStore(transactions),
                new MemoryInstrumentStore(transactions),
                new MemoryDunningStore(transactions),
                new MemoryBankEntryStore(transactions),
                new MemoryReconciliationQueueStore(transactions),
                new MemoryPaymentPlanStore(transactions),
                transactions);
    }
}

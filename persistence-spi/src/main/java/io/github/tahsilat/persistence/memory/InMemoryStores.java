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
 * <p>NOTE: the stores keep the records themselves, not a compact form. A minimal open invoice took
 * about 555 bytes with its indexes on OpenJDK 17 ({@code InMemoryFootprintTest}), so a million open
 * items need about 550 MB of heap.
 */
public final class InMemoryStores {

    private InMemoryStores() {}

    /** Returns new, empty stores that share one transaction runner. Thread-safe. */
    public static Stores create() {
        MemoryTransactions transactions = new MemoryTransactions();
        return new Stores(
                new MemoryCompanyStore(transactions),
                new MemoryCounterpartyStore(transactions),
                new MemoryInvoiceStore(transactions),
                new MemoryCreditDocumentStore(transactions),
                new MemoryEventLog(transactions),
                new MemoryPaymentStore(transactions),
                new MemoryAllocationStore(transactions),
                new MemoryLedgerStore(transactions),
                new MemoryInstrumentStore(transactions),
                new MemoryDunningStore(transactions),
                new MemoryBankEntryStore(transactions),
                transactions);
    }
}

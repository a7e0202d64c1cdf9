package io.github.tahsilat.persistence.spi.store;

import java.util.function.Supplier;

/**
 * A store's report of its open receivables to listeners, kept as it writes, so that the engine
 * matches bank lines against an index kept up to date item by item instead of reading candidates
 * for every batch. Optional: a store that offers it returns it from {@link
 * InvoiceStore#openReceivableFeed()}.
 *
 * <p>It suits a store whose ledger only one process writes, such as the in-memory store. A store
 * shared by several processes cannot report the others' writes, and offers no feed.
 */
public interface OpenReceivableFeed {

    /**
     * Reports every counterparty and open receivable of every company to {@code listener}, then
     * keeps reporting every change as {@link OpenReceivableListener} describes. The report and the
     * subscription happen under the store's write lock, so no write falls between them.
     *
     * @throws NullPointerException if {@code listener} is null
     */
    void subscribe(OpenReceivableListener listener);

    /**
     * Runs {@code work} while no other thread can write to the store, and returns its result, so
     * that the work reads a listener's state as of one moment. On a thread that holds the store's
     * write lock it runs the work directly. The work must not write to the store, subscribe, or
     * wait for another thread that uses the store, because a writer waiting for the work to end can
     * hold them up, and the work then never ends.
     *
     * @throws NullPointerException if {@code work} is null
     */
    <T> T whileUnchanged(Supplier<T> work);
}

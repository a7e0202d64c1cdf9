package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.store.OpenReceivableFeed;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The feed of one {@link InMemoryStores#create()}: it spans that call's invoice store and
 * counterparty store, which report each write and each undone write to it.
 *
 * <p>The listeners are read and changed only under the write lock of the shared {@link
 * MemoryTransactions}. With no listener a write costs one array-length check, and the tables keep
 * no extra column.
 */
final class MemoryOpenReceivableFeed implements OpenReceivableFeed {

    private static final OpenReceivableListener[] NONE = new OpenReceivableListener[0];

    private final MemoryTransactions transactions;
    private OpenReceivableListener[] listeners = NONE;
    private MemoryCounterpartyStore counterparties;
    private MemoryInvoiceStore invoices;

    MemoryOpenReceivableFeed(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Sets the stores whose content {@link #subscribe} replays. {@link InMemoryStores} calls it.
     */
    void attach(MemoryCounterpartyStore counterparties, MemoryInvoiceStore invoices) {
        this.counterparties = counterparties;
        this.invoices = invoices;
    }

    @Override
    public void subscribe(OpenReceivableListener listener) {
        Objects.requireNonNull(listener, "listener");
        transactions.write(
                undo -> {
                    counterparties.replayTo(listener);
                    invoices.replayTo(listener);
                    OpenReceivableListener[] next = Arrays.copyOf(listeners, listeners.length + 1);
                    next[listeners.length] = listener;
                    listeners = next;
                    return null;
                });
    }

    // NOTE: the read lock cannot be upgraded, so work that writes to a store or subscribes, on a
    // thread that did not hold the write lock before, waits forever. Work that waits for another
    // thread's store read can wait forever too: once a writer queues for the lock, a new reader
    // on another thread queues behind it, and the writer waits for this work to end.
    @Override
    public <T> T whileUnchanged(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return transactions.read(work);
    }

    /**
     * Reports that a counterparty changed from {@code before} to {@code after}. Either may be null:
     * {@code before} for an insert, {@code after} for an undone insert.
     */
    void counterpartyChanged(UUID companyId, CounterpartyRecord before, CounterpartyRecord after) {
        if (listeners.length == 0) {
            return;
        }
        if (after != null) {
            report(listener -> reportStored(listener, companyId, after));
        } else {
            report(listener -> listener.counterpartyRemoved(companyId, before.id()));
        }
    }

    /** Reports the counterparty's name, IBANs and tax id to {@code listener}. */
    static void reportStored(
            OpenReceivableListener listener, UUID companyId, CounterpartyRecord counterparty) {
        listener.counterpartyStored(
                companyId,
                counterparty.id(),
                counterparty.name(),
                counterparty.ibans(),
                counterparty.taxId());
    }

    /**
     * Reports that the invoice in {@code slot} changed from {@code before} to {@code after}. Either
     * may be null: {@code before} for an insert, {@code after} for an undone insert. It reports
     * nothing when neither is an open receivable, or when both give the same match candidate.
     */
    void invoiceChanged(UUID companyId, int slot, InvoiceRecord before, InvoiceRecord after) {
        if (listeners.length == 0) {
            return;
        }
        MatchCandidateView was = candidateOf(before);
        MatchCandidateView is = candidateOf(after);
        if (is != null && !is.equals(was)) {
            report(listener -> listener.opened(companyId, slot, is));
        } else if (is == null && was != null) {
            report(listener -> listener.closed(companyId, slot));
        }
    }

    /**
     * Reports one change to every listener. A listener that throws breaks its contract, but the
     * others still get the change, so that their state keeps following the store. The first failure
     * is rethrown after the last listener, with the later ones suppressed, and fails the write.
     */
    private void report(Consumer<OpenReceivableListener> change) {
        RuntimeException failure = null;
        for (OpenReceivableListener listener : listeners) {
            try {
                change.accept(listener);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Returns the match candidate of an open receivable, or null for any other invoice or none.
     *
     * <p>NOTE: an open receivable whose outstanding amount does not fit in a long in minor units
     * also returns null, so the feed reports it closed, while {@code matchCandidatesByNumberKey}
     * throws {@link ArithmeticException} for it.
     */
    static MatchCandidateView candidateOf(InvoiceRecord invoice) {
        if (invoice == null
                || invoice.direction() != Direction.RECEIVABLE
                || !invoice.status().isOpen()) {
            return null;
        }
        try {
            return MatchCandidateView.of(invoice);
        } catch (ArithmeticException e) {
            return null;
        }
    }
}

package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.TransactionRolledBackException;
import io.github.tahsilat.persistence.spi.TransactionRunner;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory stores: one global read-write lock and an undo log per
 * transaction.
 *
 * <p>A transaction takes the write lock at its first write and keeps it until the outermost call
 * ends, so writers run one at a time and no other thread reads uncommitted data. A read outside a
 * writing transaction takes the read lock for the duration of the one call, so readers run in
 * parallel and copy nothing. A rollback replays the undo log newest first.
 */
final class MemoryTransactions implements TransactionRunner {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /** The state of the transaction active on one thread. */
    private static final class Transaction {
        final UndoLog undo = new UndoLog();
        boolean holdsWriteLock;
        Throwable rollbackCause;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Transaction active = current.get();
        if (active != null) {
            return join(active, work);
        }
        Transaction transaction = new Transaction();
        current.set(transaction);
        try {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollBack(transaction.undo, 0, e);
                throw e;
            }
            if (transaction.rollbackCause != null) {
                TransactionRolledBackException rolledBack =
                        new TransactionRolledBackException(transaction.rollbackCause);
                rollBack(transaction.undo, 0, rolledBack);
                throw rolledBack;
            }
            return result;
        } finally {
            current.remove();
            if (transaction.holdsWriteLock) {
                lock.writeLock().unlock();
            }
        }
    }

    private static <T> T join(Transaction active, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            markRollbackOnly(active, e);
            throw e;
        }
    }

    private static void markRollbackOnly(Transaction active, Throwable cause) {
        if (active.rollbackCause == null) {
            active.rollbackCause = cause;
        }
    }

    @Override
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs one store write: in the active transaction, which then holds the write lock until it
     * ends, or else alone under the write lock. A write that throws leaves no change behind, and
     * marks the active transaction rollback-only, as a failed statement does in PostgreSQL.
     */
    <T> T write(Function<UndoLog, T> mutation) {
        Transaction active = current.get();
        if (active == null) {
            lock.writeLock().lock();
            try {
                UndoLog undo = new UndoLog();
                try {
                    return mutation.apply(undo);
                } catch (RuntimeException | Error e) {
                    rollBack(undo, 0, e);
                    throw e;
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
        if (!active.holdsWriteLock) {
            lock.writeLock().lock();
            active.holdsWriteLock = true;
        }
        int mark = active.undo.mark();
        try {
            return mutation.apply(active.undo);
        } catch (RuntimeException | Error e) {
            markRollbackOnly(active, e);
            rollBack(active.undo, mark, e);
            throw e;
        }
    }

    /**
     * Undoes the writes logged after {@code mark}. An undo action throws only when a feed listener
     * throws, against its contract. The log still runs every action, and the listener's failure is
     * added to {@code cause} as suppressed, so the caller sees why the transaction failed.
     */
    private static void rollBack(UndoLog undo, int mark, Throwable cause) {
        try {
            undo.rollbackTo(mark);
        } catch (RuntimeException listenerFailure) {
            cause.addSuppressed(listenerFailure);
        }
    }

    /** Runs one store read under the read lock, or directly if this thread holds the write lock. */
    <T> T read(Supplier<T> query) {
        if (lock.isWriteLockedByCurrentThread()) {
            return query.get();
        }
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}

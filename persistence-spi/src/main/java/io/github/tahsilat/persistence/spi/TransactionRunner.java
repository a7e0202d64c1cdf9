package io.github.tahsilat.persistence.spi;

import java.util.function.Supplier;

/**
 * The transaction boundary that a host implements around its stores.
 *
 * <p>The rules, which the testkit checks:
 *
 * <ul>
 *   <li>Every store call made on the thread that runs {@code work} joins the transaction.
 *   <li>A call made inside {@code work} on the same thread joins the outer transaction; there are
 *       no nested transactions or savepoints, so the outermost call alone commits or rolls back.
 *   <li>When an exception escapes the outermost call, every write of the transaction is rolled back
 *       and the exception propagates unchanged.
 *   <li>When an exception escapes a joined call, the outermost transaction is marked rollback-only:
 *       it rolls back even if the outer work catches the exception, and if that work then returns
 *       normally the outermost call throws {@link TransactionRolledBackException}.
 *   <li>A store call that throws inside a transaction may leave it unusable, as a failed statement
 *       does in PostgreSQL, so the library never continues a transaction after a store exception.
 *   <li>Other threads never see uncommitted writes.
 *   <li>A store call made outside any transaction runs in a transaction of its own.
 * </ul>
 *
 * <p>The library retries a {@link StaleVersionException} only when it opened the outermost
 * transaction itself, at most three times; {@link Transactions#retryingOnStaleVersion} implements
 * that rule. Inside a transaction the host opened, the exception reaches the host, which decides.
 *
 * <p>Implementations are thread-safe.
 */
public interface TransactionRunner {

    /**
     * Runs {@code work} in a transaction: a new one if none is active on this thread, else the
     * active one.
     *
     * @param work the work, never {@code null}
     * @param <T> the result type
     * @return what {@code work} returned, possibly {@code null}
     * @throws TransactionRolledBackException if this call opened the transaction, {@code work}
     *     returned normally and an exception had escaped a joined call
     * @throws RuntimeException whatever {@code work} threw, after the outermost transaction rolled
     *     back or was marked rollback-only
     */
    <T> T inTransaction(Supplier<T> work);

    /** Returns whether a transaction is active on the calling thread. */
    boolean inTransaction();
}

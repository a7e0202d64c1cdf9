package io.github.tahsilat.persistence.spi;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The library's rule for running work in a transaction and retrying on a stale version.
 *
 * <p>Stateless and thread-safe.
 */
public final class Transactions {

    /** The number of retries after the first attempt. */
    public static final int MAX_RETRIES = 3;

    private Transactions() {}

    /**
     * Runs {@code work} in a transaction and repeats it after a {@link StaleVersionException}, at
     * most {@link #MAX_RETRIES} times, but only when this call opens the outermost transaction.
     *
     * <p>When a transaction is already active on the calling thread, the work joins it and runs
     * once: repeating only part of someone else's transaction would keep writes made from data that
     * is now stale, so the exception propagates to whoever opened the transaction.
     *
     * @param runner the host's transaction runner, never {@code null}
     * @param work the work, which must read what it updates inside itself, never {@code null}
     * @param <T> the result type
     * @return what the last attempt of {@code work} returned
     * @throws StaleVersionException if a transaction was already active and the work met a stale
     *     version, or if the first attempt and all retries met one
     * @throws RuntimeException whatever else {@code work} or the runner threw, without a retry
     */
    public static <T> T retryingOnStaleVersion(TransactionRunner runner, Supplier<T> work) {
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(work, "work");
        if (runner.inTransaction()) {
            return runner.inTransaction(work);
        }
        for (int retry = 0; ; retry++) {
            try {
                return runner.inTransaction(work);
            } catch (StaleVersionException e) {
                if (retry == MAX_RETRIES) {
                    throw e;
                }
            }
        }
    }
}

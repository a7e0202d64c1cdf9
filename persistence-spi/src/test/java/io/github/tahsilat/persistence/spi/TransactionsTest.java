package io.github.tahsilat.persistence.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    /** A runner that counts the transactions it opens and reports a configurable active state. */
    private static final class CountingRunner implements TransactionRunner {
        final AtomicInteger opened = new AtomicInteger();
        final boolean active;

        CountingRunner(boolean active) {
            this.active = active;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            opened.incrementAndGet();
            return work.get();
        }

        @Override
        public boolean inTransaction() {
            return active;
        }
    }

    private static StaleVersionException stale() {
        return new StaleVersionException("InvoiceRecord", new UUID(0, 1), 1, 2);
    }

    @Nested
    class RetryingOnStaleVersion {

        @Test
        void successRunsOnce() {
            CountingRunner runner = new CountingRunner(false);

            String result = Transactions.retryingOnStaleVersion(runner, () -> "done");

            assertThat(result).isEqualTo("done");
            assertThat(runner.opened.get()).isEqualTo(1);
        }

        @Test
        void staleRetriedUntilSuccess() {
            CountingRunner runner = new CountingRunner(false);
            AtomicInteger attempts = new AtomicInteger();

            int result =
                    Transactions.retryingOnStaleVersion(
                            runner,
                            () -> {
                                if (attempts.incrementAndGet() < 4) {
                                    throw stale();
                                }
                                return attempts.get();
                            });

            assertThat(result).isEqualTo(4);
            assertThat(runner.opened.get()).isEqualTo(4);
        }

        @Test
        void fourthStaleAttemptPropagates() {
            CountingRunner runner = new CountingRunner(false);
            AtomicInteger attempts = new AtomicInteger();

            assertThatThrownBy(
                            () ->
                                    Transactions.retryingOnStaleVersion(
                                            runner,
                                            () -> {
                                                attempts.incrementAndGet();
                                                throw stale();
                                            }))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(attempts.get()).isEqualTo(1 + Transactions.MAX_RETRIES);
        }

        @Test
        void joinedTransactionNeverRetried() {
            CountingRunner runner = new CountingRunner(true);
            AtomicInteger attempts = new AtomicInteger();

            assertThatThrownBy(
                            () ->
                                    Transactions.retryingOnStaleVersion(
                                            runner,
                                            () -> {
                                                attempts.incrementAndGet();
                                                throw stale();
                                            }))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(attempts.get()).isEqualTo(1);
        }

        @Test
        void otherExceptionsNotRetried() {
            CountingRunner runner = new CountingRunner(false);
            AtomicInteger attempts = new AtomicInteger();

            assertThatThrownBy(
                            () ->
                                    Transactions.retryingOnStaleVersion(
                                            runner,
                                            () -> {
                                                attempts.incrementAndGet();
                                                throw new DuplicateKeyException(
                                                        "InvoiceRecord", "number", "INV-1");
                                            }))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(attempts.get()).isEqualTo(1);
        }
    }

    @Nested
    class Messages {

        @Test
        void staleVersionNamesEverything() {
            assertThat(stale())
                    .hasMessage(
                            "stale version of InvoiceRecord 00000000-0000-0000-0000-000000000001:"
                                    + " the update names version 1 but version 2 is stored; read"
                                    + " the record again and repeat the change");
        }

        @Test
        void pageSizeAboveMaximumRejected() {
            assertThatThrownBy(() -> PageRequest.first(Page.MAX_SIZE + 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid page size: 10001; expected a number from 1 to 10000");
        }
    }
}

package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.testkit.ReconciliationQueueContractTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the reconciliation queue contract against the JDBC store on a real PostgreSQL server, and
 * checks that two instances racing to queue one line store one row.
 */
class PostgresReconciliationQueueContractTest extends ReconciliationQueueContractTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    @Override
    protected Stores newStores() {
        // The contract's companies are fixed ids, so each test starts from an empty table.
        try (Connection connection = DATABASE.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "DELETE FROM " + DATABASE.options().tablePrefix() + "reconciliation_queue");
        } catch (SQLException e) {
            throw new IllegalStateException("failed to empty the queue table", e);
        }
        return JdbcStores.create(DATABASE.dataSource(), DATABASE.options());
    }

    @Test
    void racingInstancesQueueOneRow() throws Exception {
        UUID company = UUID.randomUUID();
        QueuedLineRecord line = plainLine(company, "ref:TR01:race");
        ReconciliationQueueStore first = newStores().reconciliationQueue();
        ReconciliationQueueStore second =
                JdbcStores.create(DATABASE.dataSource(), DATABASE.options()).reconciliationQueue();
        Stores firstStores = JdbcStores.create(DATABASE.dataSource(), DATABASE.options());
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> firstResult =
                    threads.submit(
                            () ->
                                    firstStores
                                            .transactions()
                                            .inTransaction(
                                                    () -> {
                                                        boolean stored =
                                                                firstStores
                                                                        .reconciliationQueue()
                                                                        .enqueue(company, line);
                                                        firstInserted.countDown();
                                                        await(secondStarted);
                                                        return stored;
                                                    }));
            await(firstInserted);
            Future<Boolean> secondResult =
                    threads.submit(
                            () -> {
                                secondStarted.countDown();
                                // Waits on the primary key while the first transaction is open,
                                // then inserts nothing.
                                return second.enqueue(company, line);
                            });

            assertThat(firstResult.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(secondResult.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            threads.shutdownNow();
        }
        assertThat(first.open(company, PageRequest.first(10)).items()).hasSize(1);
    }

    /**
     * Returns the contract's {@linkplain #plainLine plain line} to the JDBC tests outside this
     * subclass, which cannot call the protected method themselves.
     */
    static QueuedLineRecord queuedLine(UUID companyId, String entryKey) {
        return plainLine(companyId, entryKey);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

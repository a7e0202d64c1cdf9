package io.github.tahsilat.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Runs the reconciliation queue contract against the in-memory backend. */
class InMemoryReconciliationQueueContractTest extends ReconciliationQueueContractTest {

    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-00000000c001");

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }

    @Test
    void queuedKeysReturnsEveryQueuedKey() {
        ReconciliationQueueStore queue = newStores().reconciliationQueue();
        queue.enqueue(COMPANY, plainLine(COMPANY, "ref:TR01:0001"));
        queue.enqueue(COMPANY, plainLine(COMPANY, "ref:TR01:0002"));

        assertThat(queue.queuedKeys(COMPANY, List.of("ref:TR01:0002", "x", "ref:TR01:0001")))
                .containsExactlyInAnyOrder("ref:TR01:0001", "ref:TR01:0002");
    }

    @Test
    void queuedKeysFoundAfterUnqueuedOnes() {
        ReconciliationQueueStore queue = newStores().reconciliationQueue();
        queue.enqueue(COMPANY, plainLine(COMPANY, "ref:TR01:0001"));

        assertThat(queue.queuedKeys(COMPANY, List.of("x", "y", "ref:TR01:0001", "ref:TR01:0001")))
                .containsExactly("ref:TR01:0001");
        assertThat(queue.queuedKeys(COMPANY, List.of("x", "y"))).isEmpty();
    }

    @Test
    void queuedPositionsSetsEveryQueuedPosition() {
        ReconciliationQueueStore queue = newStores().reconciliationQueue();
        queue.enqueue(COMPANY, plainLine(COMPANY, "ref:TR01:0001"));
        queue.enqueue(COMPANY, plainLine(COMPANY, "ref:TR01:0002"));

        BitSet queued =
                queue.queuedPositions(
                        COMPANY, List.of("ref:TR01:0002", "x", "ref:TR01:0001", "ref:TR01:0002"));

        assertThat(queued.stream()).containsExactly(0, 2, 3);
    }

    @Test
    void queuedPositionsEmptyForCompanyWithoutLines() {
        ReconciliationQueueStore queue = newStores().reconciliationQueue();

        assertThat(queue.queuedPositions(COMPANY, List.of("ref:TR01:0001")).cardinality()).isZero();
    }
}

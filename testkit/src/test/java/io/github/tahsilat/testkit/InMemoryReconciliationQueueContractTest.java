package io.github.tahsilat.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
        queue.enqueue(COMPANY, line("ref:TR01:0001"));
        queue.enqueue(COMPANY, line("ref:TR01:0002"));

        assertThat(queue.queuedKeys(COMPANY, List.of("ref:TR01:0002", "x", "ref:TR01:0001")))
                .containsExactlyInAnyOrder("ref:TR01:0001", "ref:TR01:0002");
    }

    private static QueuedLineRecord line(String entryKey) {
        return new QueuedLineRecord(
                COMPANY,
                entryKey,
                "2026-02-01-TR01",
                "TR330006100519786457841326",
                LocalDate.of(2026, 2, 1),
                Optional.empty(),
                125_050L,
                "TRY",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0L,
                Optional.empty(),
                List.of(),
                new WriteStamp(Actor.system("import"), Instant.parse("2026-02-01T10:00:00Z")),
                Optional.empty());
    }
}

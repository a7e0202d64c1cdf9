package io.github.tahsilat.testkit;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;

/** Runs the reconciliation queue contract against the in-memory backend. */
class InMemoryReconciliationQueueContractTest extends ReconciliationQueueContractTest {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}

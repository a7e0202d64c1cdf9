package io.github.tahsilat.testkit;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;

/** Runs the open-receivable feed contract against the in-memory backend. */
class InMemoryOpenReceivableFeedContractTest extends OpenReceivableFeedContractTest {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}

package io.github.tahsilat.testkit;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;

/** Runs the whole contract against the in-memory backend. */
class InMemoryStoreContractTest extends StoreContractTest {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}

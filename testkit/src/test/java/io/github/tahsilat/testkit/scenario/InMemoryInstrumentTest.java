package io.github.tahsilat.testkit.scenario;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;

/** Runs the instrument scenario against the in-memory backend. */
class InMemoryInstrumentTest extends InstrumentScenarioTest {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}

package io.github.tahsilat.testkit.scenario;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;

/** Runs the charge aging scenario against the in-memory backend. */
class InMemoryChargeAgingTest extends ChargeAgingScenarioTest {

    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}

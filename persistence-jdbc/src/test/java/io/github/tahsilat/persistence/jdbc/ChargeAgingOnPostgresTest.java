package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.testkit.scenario.ChargeAgingScenarioTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the charge aging scenario through the engine on PostgreSQL: today's aging, read from the
 * open-item projection, and the replayed aging both count the charges, as with the in-memory store.
 */
class ChargeAgingOnPostgresTest extends ChargeAgingScenarioTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    @Override
    protected Stores newStores() {
        return DATABASE.stores();
    }
}

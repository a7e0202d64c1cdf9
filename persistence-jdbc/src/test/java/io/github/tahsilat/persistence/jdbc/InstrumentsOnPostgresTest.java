package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.testkit.scenario.InstrumentScenarioTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Receives, clears, bounces and endorses cheques through the engine on PostgreSQL: the instrument
 * scenario, with the JDBC stores in place of the in-memory ones. Each test has a company of its own
 * in one database.
 */
class InstrumentsOnPostgresTest extends InstrumentScenarioTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    @Override
    protected Stores newStores() {
        return DATABASE.stores();
    }
}

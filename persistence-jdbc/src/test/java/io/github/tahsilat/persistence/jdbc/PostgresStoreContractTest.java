package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.testkit.StoreContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the SPI's whole contract kit against the JDBC stores on a real PostgreSQL server. */
class PostgresStoreContractTest extends StoreContractTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    @Override
    protected Stores newStores() {
        return DATABASE.stores();
    }
}

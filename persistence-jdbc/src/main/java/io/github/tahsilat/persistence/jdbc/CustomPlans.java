package io.github.tahsilat.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.postgresql.PGStatement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the PostgreSQL server plan each execution of a statement with its parameter values, and
 * never reuse a generic plan.
 *
 * <p>pgjdbc (42.7) prepares a statement on the server from its fifth execution, the default of its
 * {@code prepareThreshold}. After five executions PostgreSQL may then switch to a generic plan,
 * which it keeps until the table's statistics change, for example after an autovacuum {@code
 * ANALYZE}. A generic plan made while a table was nearly empty can be a sequential scan, or an
 * index scan through any index that starts with {@code company_id}, because they all cost the same
 * on an empty table. Such a plan reads all of the company's rows for every execution as the table
 * grows.
 *
 * <p>There are two ways to avoid it, chosen per physical connection:
 *
 * <ul>
 *   <li>When the session's {@code plan_cache_mode} is {@code force_custom_plan}, and so is the
 *       value that {@code RESET} would restore, the server plans every execution of a prepared
 *       statement with its parameter values. The statement keeps the driver's threshold, so from
 *       then on pgjdbc executes it by name without a new parse. The driver keeps the named
 *       statement in its per-connection statement cache, so the next call that prepares the same
 *       SQL text reuses it.
 *   <li>Otherwise the statement gets a threshold of 0, so the driver sends each execution as an
 *       unnamed statement, which the server parses and plans with its parameter values.
 * </ul>
 *
 * <p>The setting is read once per physical connection, from {@code pg_settings}, when {@link
 * Sql#prepare} first prepares a statement with a {@code WHERE} clause on it, and remembered in a
 * weak map, so the setting of each pooled connection is read once and the map keeps none of them
 * alive. The read runs inside a savepoint when the connection is in a transaction, so a failed read
 * leaves the transaction usable. On a connection whose transaction has already failed the setting
 * is not read. That statement gets threshold 0, and the next statement reads the setting again. A
 * read that fails for any other reason gives threshold 0 for the rest of the connection's life,
 * with a warning in the log.
 *
 * <p>NOTE: a {@code SET plan_cache_mode} on a connection after its first read is not seen, because
 * PostgreSQL does not report the setting to the driver. A host that sets it to {@code auto} or
 * {@code force_generic_plan} later in a session gets generic plans for statements that pgjdbc keeps
 * prepared. Set it for the whole session instead: pgjdbc's {@code options=-c
 * plan_cache_mode=force_custom_plan}, {@code ALTER ROLE} or {@code ALTER DATABASE ... SET}, or
 * {@code postgresql.conf}. A plain {@code SET} at the start of a session does not count, because a
 * pool's {@code RESET ALL} or {@code DISCARD ALL} would undo it.
 *
 * <p>With another driver this class does nothing. {@link Sql#prepare} applies it to every statement
 * of the stores that has a {@code WHERE} clause. Thread-safe.
 */
final class CustomPlans {

    /** The value of {@code plan_cache_mode} under which a statement may stay prepared. */
    static final String FORCE_CUSTOM_PLAN = "force_custom_plan";

    private static final boolean PGJDBC = pgjdbcPresent();

    private CustomPlans() {}

    /**
     * Makes the server plan every execution of {@code statement}, prepared on {@code connection},
     * with its parameter values: sets pgjdbc's prepare threshold to 0 unless the connection's
     * session has {@code plan_cache_mode} set to {@value #FORCE_CUSTOM_PLAN}.
     *
     * @throws SQLException if the driver rejects the threshold
     */
    static void planEachExecution(Connection connection, PreparedStatement statement)
            throws SQLException {
        if (PGJDBC) {
            Pgjdbc.planEachExecution(connection, statement);
        }
    }

    private static boolean pgjdbcPresent() {
        try {
            Class.forName("org.postgresql.PGStatement", false, CustomPlans.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The driver-specific part, loaded only when the driver is present. */
    private static final class Pgjdbc {

        private static final Logger LOG = LoggerFactory.getLogger(CustomPlans.class);

        private static final String READ_SETTING =
                "SELECT setting, reset_val FROM pg_catalog.pg_settings"
                        + " WHERE name = 'plan_cache_mode'";

        /**
         * The physical connections read so far, each with whether its session forces custom plans.
         * The keys are pgjdbc's connections, which keep {@link Object}'s identity equality, held
         * weakly.
         */
        private static final Map<BaseConnection, Boolean> FORCES_CUSTOM_PLANS =
                Collections.synchronizedMap(new WeakHashMap<>());

        static void planEachExecution(Connection connection, PreparedStatement statement)
                throws SQLException {
            if (!statement.isWrapperFor(PGStatement.class)) {
                return;
            }
            PGStatement driverStatement = statement.unwrap(PGStatement.class);
            if (!forcesCustomPlans(connection, driverStatement)) {
                driverStatement.setPrepareThreshold(0);
            }
        }

        /**
         * Returns whether the session of the physical connection behind {@code driverStatement}
         * forces custom plans, reading the setting through {@code connection} on its first call for
         * that physical connection.
         */
        private static boolean forcesCustomPlans(Connection connection, PGStatement driverStatement)
                throws SQLException {
            if (!(driverStatement instanceof Statement plain)
                    || !(plain.getConnection() instanceof BaseConnection physical)) {
                return false;
            }
            Boolean known = FORCES_CUSTOM_PLANS.get(physical);
            if (known != null) {
                return known;
            }
            if (physical.getTransactionState() == TransactionState.FAILED) {
                return false;
            }
            boolean forces;
            try {
                forces = readSetting(connection);
            } catch (SQLException e) {
                LOG.warn(
                        "Failed to read plan_cache_mode on a PostgreSQL connection (SQLState {}),"
                                + " so its statements with a WHERE clause run as unnamed"
                                + " statements, parsed and planned at each execution: {}",
                        e.getSQLState(),
                        e.getMessage());
                forces = false;
            }
            FORCES_CUSTOM_PLANS.put(physical, forces);
            return forces;
        }

        /**
         * Reads {@code plan_cache_mode} and the value that {@code RESET} restores, inside a
         * savepoint when {@code connection} is in a transaction.
         */
        private static boolean readSetting(Connection connection) throws SQLException {
            if (connection.getAutoCommit()) {
                return query(connection);
            }
            Savepoint savepoint = connection.setSavepoint();
            boolean forces;
            try {
                forces = query(connection);
            } catch (SQLException e) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
            connection.releaseSavepoint(savepoint);
            return forces;
        }

        private static boolean query(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(READ_SETTING)) {
                return rows.next()
                        && FORCE_CUSTOM_PLAN.equals(rows.getString(1))
                        && FORCE_CUSTOM_PLAN.equals(rows.getString(2));
            }
        }
    }
}

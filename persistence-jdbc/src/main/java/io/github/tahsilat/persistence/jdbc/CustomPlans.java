package io.github.tahsilat.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * Keeps the PostgreSQL JDBC driver from reusing a server-side prepared statement, so that the
 * server plans each execution with its parameter values.
 *
 * <p>pgjdbc (42.7) prepares a statement on the server from its fifth execution, the default of its
 * {@code prepareThreshold}. After five executions PostgreSQL may then switch to a generic plan,
 * which it keeps until the table's statistics change, for example after an autovacuum {@code
 * ANALYZE}. A generic plan made while a table was nearly empty can be a sequential scan, or an
 * index scan through any index that starts with {@code company_id}, because they all cost the same
 * on an empty table. Such a plan reads all of the company's rows for every execution as the table
 * grows. With a threshold of 0 the driver sends each execution as an unnamed statement, which the
 * server plans with its parameter values and the table's current size. With another driver this
 * class does nothing. {@link Sql#prepare} applies it to every statement of the stores that has a
 * {@code WHERE} clause.
 */
final class CustomPlans {

    private static final boolean PGJDBC = pgjdbcPresent();

    private CustomPlans() {}

    /** Makes the server plan every execution of {@code statement} with its parameter values. */
    static void planEachExecution(PreparedStatement statement) throws SQLException {
        if (PGJDBC) {
            Pgjdbc.planEachExecution(statement);
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
        static void planEachExecution(PreparedStatement statement) throws SQLException {
            if (statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
        }
    }
}

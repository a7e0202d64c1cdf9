package io.github.tahsilat.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGStatement;

/**
 * The cheapest calls on one pgjdbc connection, measured on the client as the mean wall time of many
 * repetitions. Every statement and commit of the stores costs at least this much.
 *
 * @param serverPrepared a {@code SELECT 1} that pgjdbc keeps prepared on the server, in
 *     microseconds
 * @param plannedEachTime a {@code SELECT 1} sent as an unnamed statement, so that the server parses
 *     and plans it on every execution, as with a prepare threshold of 0, in microseconds
 * @param commitAfterRead the commit of a transaction that ran one {@code SELECT 1}, in microseconds
 * @param commitAfterWrite the commit of a transaction that inserted one row into a temporary table,
 *     in microseconds
 */
record RoundTripFloor(
        double serverPrepared,
        double plannedEachTime,
        double commitAfterRead,
        double commitAfterWrite) {

    /**
     * Measures the floor on {@code connection}, which must have autocommit on and no open
     * transaction, with {@code repetitions} calls of each kind after as many for warm-up.
     */
    static RoundTripFloor measure(Connection connection, int repetitions) throws SQLException {
        double serverPrepared = selectOne(connection, 5, repetitions);
        double plannedEachTime = selectOne(connection, 0, repetitions);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE round_trip_floor (n integer)");
        }
        connection.setAutoCommit(false);
        try {
            double commitAfterRead = commits(connection, "SELECT 1", repetitions);
            double commitAfterWrite =
                    commits(connection, "INSERT INTO round_trip_floor VALUES (1)", repetitions);
            return new RoundTripFloor(
                    serverPrepared, plannedEachTime, commitAfterRead, commitAfterWrite);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE round_trip_floor");
            }
        }
    }

    /** Returns the mean time of a prepared {@code SELECT 1} with pgjdbc's {@code threshold}. */
    private static double selectOne(Connection connection, int threshold, int repetitions)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(threshold);
            long nanos = 0;
            for (int i = 0; i < 2 * repetitions; i++) {
                long start = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                }
                if (i >= repetitions) {
                    nanos += System.nanoTime() - start;
                }
            }
            return nanos / 1e3 / repetitions;
        }
    }

    /** Returns the mean time of a commit after {@code sql} ran in the transaction. */
    private static double commits(Connection connection, String sql, int repetitions)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            long nanos = 0;
            for (int i = 0; i < 2 * repetitions; i++) {
                statement.execute();
                long start = System.nanoTime();
                connection.commit();
                if (i >= repetitions) {
                    nanos += System.nanoTime() - start;
                }
            }
            return nanos / 1e3 / repetitions;
        }
    }

    @Override
    public String toString() {
        return String.format(
                "round-trip floor: SELECT 1 %.1f us server-prepared, %.1f us planned each time;"
                        + " commit %.1f us after a read, %.1f us after a one-row insert",
                serverPrepared, plannedEachTime, commitAfterRead, commitAfterWrite);
    }
}

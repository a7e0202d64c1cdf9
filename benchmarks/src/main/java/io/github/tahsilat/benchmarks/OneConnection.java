package io.github.tahsilat.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over one connection, for a benchmark that runs on one thread: every {@code
 * getConnection} returns the same connection, whose {@code close} does nothing. Not thread-safe.
 *
 * <p>It counts the SQL statements that the stores run: every call of {@code execute}, {@code
 * executeQuery}, {@code executeUpdate} or {@code executeBatch} on a statement it handed out, a
 * batch counting once. Each of them is at least one round trip to the server. It also counts the
 * calls of {@code commit}.
 *
 * <p>With {@link #timeStatements(boolean)} on, it also measures the wall time on the client of each
 * of those calls and of each {@code commit} and {@code rollback}, and sums it by SQL text ({@link
 * #statementTimes()}). The time includes the driver's work and the round trip to the server. It is
 * off by default, because the map look-up per call and the clock reads cost time.
 */
final class OneConnection implements DataSource {

    /** The key under which {@link #statementTimes()} sums the commits. */
    static final String COMMIT = "COMMIT";

    /** The key under which {@link #statementTimes()} sums the rollbacks. */
    static final String ROLLBACK = "ROLLBACK";

    private final Connection connection;
    private final Connection handle;
    private final Map<String, StatementTime> times = new HashMap<>();
    private boolean timing;
    private long executions;
    private long commits;

    OneConnection(Connection connection) {
        this.connection = connection;
        this.handle =
                (Connection)
                        Proxy.newProxyInstance(
                                Connection.class.getClassLoader(),
                                new Class<?>[] {Connection.class},
                                (proxy, method, arguments) -> {
                                    if (method.getName().equals("close")) {
                                        if (!connection.getAutoCommit()) {
                                            connection.rollback();
                                            connection.setAutoCommit(true);
                                        }
                                        return null;
                                    }
                                    String name = method.getName();
                                    if (name.equals("commit")) {
                                        commits++;
                                        return timed(COMMIT, method, connection, arguments);
                                    }
                                    if (name.equals("rollback")
                                            && (arguments == null || arguments.length == 0)) {
                                        return timed(ROLLBACK, method, connection, arguments);
                                    }
                                    Object result = invoke(method, connection, arguments);
                                    if (!(result instanceof Statement statement)) {
                                        return result;
                                    }
                                    String sql =
                                            name.startsWith("prepare")
                                                    ? (String) arguments[0]
                                                    : null;
                                    return counting(statement, method.getReturnType(), sql);
                                });
    }

    /**
     * Turns the timing of statements and commits on or off. Turning it on keeps the times summed so
     * far, which only {@link #resetCounts()} clears.
     */
    void timeStatements(boolean on) {
        timing = on;
    }

    /**
     * Returns the summed time of each SQL text since the last reset, the largest total first. Empty
     * unless {@link #timeStatements(boolean)} is on.
     */
    List<StatementTime> statementTimes() {
        List<StatementTime> sorted = new ArrayList<>(times.values());
        sorted.sort(Comparator.comparingLong(StatementTime::nanos).reversed());
        return sorted;
    }

    /** Returns the number of statements run since this data source was made or last reset. */
    long executions() {
        return executions;
    }

    /** Returns the number of commits since this data source was made or last reset. */
    long commits() {
        return commits;
    }

    /** Sets the numbers of statements run and of commits back to 0 and clears the times. */
    void resetCounts() {
        executions = 0;
        commits = 0;
        times.clear();
    }

    void closeConnection() throws SQLException {
        connection.close();
    }

    /**
     * Returns {@code statement} behind a proxy of {@code type}, such as {@code PreparedStatement},
     * that counts its executions and, when timing is on, times them under {@code sql}. A plain
     * statement has no text of its own ({@code sql} is {@code null}), so its executions are timed
     * under the text passed to them. {@code unwrap} still reaches the driver's statement.
     */
    private Object counting(Statement statement, Class<?> type, String sql) {
        return Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    String name = method.getName();
                    if (!name.startsWith("execute")) {
                        return invoke(method, statement, arguments);
                    }
                    executions++;
                    String text = sql;
                    if (text == null) {
                        text =
                                arguments != null && arguments.length > 0
                                        ? String.valueOf(arguments[0])
                                        : "(batch of a plain statement)";
                    }
                    return timed(
                            name.equals("executeBatch") ? "BATCH " + text : text,
                            method,
                            statement,
                            arguments);
                });
    }

    /** Invokes {@code method} and, when timing is on, adds its wall time under {@code key}. */
    private Object timed(String key, Method method, Object target, Object[] arguments)
            throws Throwable {
        if (!timing) {
            return invoke(method, target, arguments);
        }
        long start = System.nanoTime();
        try {
            return invoke(method, target, arguments);
        } finally {
            long elapsed = System.nanoTime() - start;
            times.computeIfAbsent(key, StatementTime::new).add(elapsed);
        }
    }

    private static Object invoke(Method method, Object target, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The number of calls and the summed wall time of one SQL text, or of the commits. */
    static final class StatementTime {
        private final String sql;
        private long count;
        private long nanos;

        StatementTime(String sql) {
            this.sql = sql;
        }

        void add(long elapsedNanos) {
            count++;
            nanos += elapsedNanos;
        }

        String sql() {
            return sql;
        }

        long count() {
            return count;
        }

        long nanos() {
            return nanos;
        }
    }

    @Override
    public Connection getConnection() {
        return handle;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return handle;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}

package io.github.tahsilat.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
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
 */
final class OneConnection implements DataSource {
    private final Connection connection;
    private final Connection handle;
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
                                    if (method.getName().equals("commit")) {
                                        commits++;
                                    }
                                    Object result = invoke(method, connection, arguments);
                                    return result instanceof Statement statement
                                            ? counting(statement, method.getReturnType())
                                            : result;
                                });
    }

    /** Returns the number of statements run since this data source was made or last reset. */
    long executions() {
        return executions;
    }

    /** Returns the number of commits since this data source was made or last reset. */
    long commits() {
        return commits;
    }

    /** Sets the numbers of statements run and of commits back to 0. */
    void resetCounts() {
        executions = 0;
        commits = 0;
    }

    void closeConnection() throws SQLException {
        connection.close();
    }

    /**
     * Returns {@code statement} behind a proxy of {@code type}, such as {@code PreparedStatement},
     * that counts its executions. {@code unwrap} still reaches the driver's statement.
     */
    private Object counting(Statement statement, Class<?> type) {
        return Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    if (method.getName().startsWith("execute")) {
                        executions++;
                    }
                    return invoke(method, statement, arguments);
                });
    }

    private static Object invoke(Method method, Object target, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
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

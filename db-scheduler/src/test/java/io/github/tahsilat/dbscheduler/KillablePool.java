package io.github.tahsilat.dbscheduler;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A connection pool for one simulated application instance. It reuses closed connections without a
 * size limit. {@link #kill} stands for the death of the instance's process: it closes every
 * physical connection, so the server rolls back each open transaction, and every later call fails.
 */
final class KillablePool implements DataSource, AutoCloseable {

    private final DataSource target;
    private final Queue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean killed;

    KillablePool(DataSource target) {
        this.target = target;
    }

    /** Closes every physical connection and fails every later call. */
    void kill() {
        killed = true;
        for (Connection physical : open) {
            try {
                physical.close();
            } catch (SQLException e) {
                // The server rolls back the transaction when the socket closes anyway.
            }
        }
    }

    boolean killed() {
        return killed;
    }

    @Override
    public Connection getConnection() throws SQLException {
        failIfKilled();
        Connection physical = idle.poll();
        if (physical == null || physical.isClosed()) {
            physical = target.getConnection();
            open.add(physical);
        }
        return lease(physical);
    }

    private void failIfKilled() throws SQLException {
        if (killed) {
            throw new SQLException("connection refused: the instance was killed", "08006");
        }
    }

    private Connection lease(Connection physical) {
        boolean[] released = {false};
        return (Connection)
                Proxy.newProxyInstance(
                        Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            String name = method.getName();
                            if (name.equals("close")) {
                                release(physical, released);
                                return null;
                            }
                            if (name.equals("isClosed")) {
                                return released[0] || killed;
                            }
                            if (released[0]) {
                                throw new SQLException("connection already closed");
                            }
                            failIfKilled();
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }

    private void release(Connection physical, boolean[] released) throws SQLException {
        if (released[0]) {
            return;
        }
        released[0] = true;
        if (killed) {
            return;
        }
        if (!physical.getAutoCommit()) {
            physical.rollback();
            physical.setAutoCommit(true);
        }
        idle.add(physical);
    }

    @Override
    public void close() {
        for (Connection physical : open) {
            try {
                physical.close();
            } catch (SQLException e) {
                // Closing at the end of a test; nothing is left to roll back.
            }
        }
        open.clear();
        idle.clear();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the test pool has fixed credentials");
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
        throw new SQLFeatureNotSupportedException("no java.util.logging parent");
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

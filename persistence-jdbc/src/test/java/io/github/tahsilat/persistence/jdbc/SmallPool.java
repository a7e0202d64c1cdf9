package io.github.tahsilat.persistence.jdbc;

import static io.github.tahsilat.persistence.jdbc.Proxies.invoke;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;

/**
 * A minimal connection pool for tests: it keeps closed connections open for reuse, without a size
 * limit, so that the contract tests do not open a connection per store call.
 */
final class SmallPool extends TestDataSource implements AutoCloseable {

    private final DataSource target;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    SmallPool(DataSource target) {
        this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = idle.poll();
        if (physical == null || physical.isClosed()) {
            physical = target.getConnection();
        }
        return lease(physical);
    }

    private Connection lease(Connection physical) {
        boolean[] released = {false};
        return (Connection)
                Proxy.newProxyInstance(
                        Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("close")) {
                                if (!released[0]) {
                                    released[0] = true;
                                    if (!physical.getAutoCommit()) {
                                        physical.rollback();
                                        physical.setAutoCommit(true);
                                    }
                                    idle.add(physical);
                                }
                                return null;
                            }
                            if (method.getName().equals("isClosed")) {
                                return released[0];
                            }
                            if (released[0]) {
                                throw new SQLException("connection already closed");
                            }
                            return invoke(method, physical, args);
                        });
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            connection.close();
        }
    }
}

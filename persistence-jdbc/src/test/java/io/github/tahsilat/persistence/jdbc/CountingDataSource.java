package io.github.tahsilat.persistence.jdbc;

import static io.github.tahsilat.persistence.jdbc.Proxies.invoke;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * A data source over another one that records the SQL text of every prepared statement executed on
 * its connections, an {@code executeBatch} counting once, and counts the commits. Tests use it to
 * pin how many statements and commits a piece of work runs. Not thread-safe.
 */
final class CountingDataSource extends TestDataSource {

    private final DataSource target;
    private final List<String> executed = new ArrayList<>();
    private int commits;

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    /** Returns the number of prepared statements executed whose SQL text passes {@code filter}. */
    int executions(Predicate<String> filter) {
        return (int) executed.stream().filter(filter).count();
    }

    /** Returns the number of commits. */
    int commits() {
        return commits;
    }

    /** Sets the recorded statements and the commits back to none. */
    void reset() {
        executed.clear();
        commits = 0;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = target.getConnection();
        return (Connection)
                Proxy.newProxyInstance(
                        Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, arguments) -> {
                            if (method.getName().equals("commit")) {
                                commits++;
                            }
                            Object result = invoke(method, connection, arguments);
                            if (method.getName().equals("prepareStatement")) {
                                return recording((PreparedStatement) result, (String) arguments[0]);
                            }
                            return result;
                        });
    }

    private PreparedStatement recording(PreparedStatement statement, String sql) {
        return (PreparedStatement)
                Proxy.newProxyInstance(
                        PreparedStatement.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class},
                        (proxy, method, arguments) -> {
                            if (method.getName().startsWith("execute")) {
                                executed.add(sql);
                            }
                            return invoke(method, statement, arguments);
                        });
    }
}

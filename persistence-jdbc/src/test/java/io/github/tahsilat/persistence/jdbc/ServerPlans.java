package io.github.tahsilat.persistence.jdbc;

import static io.github.tahsilat.persistence.jdbc.Proxies.invoke;
import static io.github.tahsilat.persistence.jdbc.Proxies.proxy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Collects the plans that PostgreSQL chose for the prepared statements run through {@link
 * #dataSource()}. Each connection loads the server's {@code auto_explain} module with a minimum
 * duration of 0 and the {@code notice} log level, so the server sends the plan of every statement
 * it runs to the client as a notice. pgjdbc stores a notice as a warning of the statement that
 * caused it, and this class reads those warnings after each execution and when the statement
 * closes, before the store's code discards the statement.
 */
final class ServerPlans {

    private final DataSource target;
    private final List<String> plans = new ArrayList<>();

    ServerPlans(DataSource target) {
        this.target = target;
    }

    /** Returns a data source whose connections report their plans to this object. */
    DataSource dataSource() {
        return proxy(
                DataSource.class,
                (method, args) -> {
                    Object result = invoke(method, target, args);
                    if (result instanceof Connection connection) {
                        explainEveryStatement(connection);
                        return connection(connection);
                    }
                    return result;
                });
    }

    /** Runs {@code read} and returns the plans of the statements it ran, one text per plan. */
    synchronized List<String> plansOf(Runnable read) {
        plans.clear();
        read.run();
        return List.copyOf(plans);
    }

    private static void explainEveryStatement(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOAD 'auto_explain'");
            statement.execute("SET auto_explain.log_min_duration = 0");
            statement.execute("SET auto_explain.log_level = notice");
        }
    }

    private Connection connection(Connection connection) {
        return proxy(
                Connection.class,
                (method, args) -> {
                    if (method.getName().equals("close")) {
                        collect(connection);
                    }
                    Object result = invoke(method, connection, args);
                    if (method.getName().equals("commit")) {
                        collect(connection);
                    }
                    if (result instanceof PreparedStatement statement) {
                        return statement(statement);
                    }
                    return result;
                });
    }

    private PreparedStatement statement(PreparedStatement statement) {
        return proxy(
                PreparedStatement.class,
                (method, args) -> {
                    if (method.getName().equals("close")) {
                        collect(statement);
                    }
                    Object result = invoke(method, statement, args);
                    if (method.getName().startsWith("execute")) {
                        collect(statement);
                    }
                    return result;
                });
    }

    private synchronized void collect(PreparedStatement statement) throws SQLException {
        if (statement.isClosed()) {
            return;
        }
        collect(statement.getWarnings());
        statement.clearWarnings();
    }

    private synchronized void collect(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        collect(connection.getWarnings());
        connection.clearWarnings();
    }

    private void collect(SQLWarning first) {
        for (SQLWarning warning = first; warning != null; warning = warning.getNextWarning()) {
            String message = warning.getMessage();
            if (message != null && message.contains("plan:") && !plans.contains(message)) {
                plans.add(message);
            }
        }
    }
}

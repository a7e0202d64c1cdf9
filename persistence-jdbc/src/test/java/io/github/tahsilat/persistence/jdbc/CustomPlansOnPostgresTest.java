package io.github.tahsilat.persistence.jdbc;

import static io.github.tahsilat.persistence.jdbc.Proxies.invoke;
import static io.github.tahsilat.persistence.jdbc.Proxies.proxy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;

/**
 * Checks which statements {@link Sql#prepare} leaves to pgjdbc's prepare threshold, so that they
 * stay prepared on the server, and which it sends as unnamed statements. Each test opens new
 * physical connections, because {@link CustomPlans} remembers its decision per physical connection.
 */
class CustomPlansOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final String FILTERED_SQL =
            "SELECT id FROM tahsilat_invoice WHERE company_id = ?";

    /** The text under which the server lists {@link #FILTERED_SQL} once it is prepared. */
    private static final String SERVER_TEXT =
            "SELECT id FROM tahsilat_invoice WHERE company_id = $1";

    /** Executions per check: more than pgjdbc's default prepare threshold of 5. */
    private static final int EXECUTIONS = 8;

    @Nested
    class SessionSetting {

        @ParameterizedTest
        @CsvSource({"force_custom_plan, true", "auto, false", "force_generic_plan, false"})
        void settingDecidesServerPreparation(String mode, boolean keptPrepared)
                throws SQLException {
            try (Connection connection =
                    DATABASE.dataSourceWithPlanCacheMode(mode).getConnection()) {
                int driverThreshold = connection.unwrap(PGConnection.class).getPrepareThreshold();

                try (PreparedStatement statement = Sql.prepare(connection, FILTERED_SQL)) {
                    executeRepeatedly(statement);

                    PGStatement driverStatement = statement.unwrap(PGStatement.class);
                    assertThat(driverStatement.getPrepareThreshold())
                            .isEqualTo(keptPrepared ? driverThreshold : 0);
                    assertThat(driverStatement.isUseServerPrepare()).isEqualTo(keptPrepared);
                }
                assertThat(serverPrepared(connection)).isEqualTo(keptPrepared ? 1 : 0);
            }
        }

        /** The URL form of the persistence-jdbc README; {@code auto} shows that it takes effect. */
        @ParameterizedTest
        @CsvSource({"force_custom_plan, true", "auto, false"})
        void urlOptionDecidesServerPreparation(String mode, boolean keptPrepared)
                throws SQLException {
            String url = DATABASE.jdbcUrl() + "&options=-c%20plan_cache_mode=" + mode;
            try (Connection connection = DriverManager.getConnection(url)) {
                try (PreparedStatement statement = Sql.prepare(connection, FILTERED_SQL)) {
                    executeRepeatedly(statement);

                    assertThat(statement.unwrap(PGStatement.class).isUseServerPrepare())
                            .isEqualTo(keptPrepared);
                }
                assertThat(serverPrepared(connection)).isEqualTo(keptPrepared ? 1 : 0);
            }
        }

        @Test
        void sessionSetAfterStartNotTrusted() throws SQLException {
            try (Connection connection =
                    DATABASE.dataSourceWithPlanCacheMode("auto").getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET plan_cache_mode = force_custom_plan");
                }

                try (PreparedStatement statement = Sql.prepare(connection, FILTERED_SQL)) {
                    executeRepeatedly(statement);

                    assertThat(statement.unwrap(PGStatement.class).getPrepareThreshold()).isZero();
                }
                assertThat(serverPrepared(connection)).isZero();
            }
        }

        @Test
        void unfilteredStatementKeepsDriverThreshold() throws SQLException {
            try (Connection connection =
                    DATABASE.dataSourceWithPlanCacheMode("auto").getConnection()) {
                int driverThreshold = connection.unwrap(PGConnection.class).getPrepareThreshold();

                try (PreparedStatement statement =
                        Sql.prepare(connection, "SELECT count(*) FROM tahsilat_invoice")) {
                    assertThat(statement.unwrap(PGStatement.class).getPrepareThreshold())
                            .isEqualTo(driverThreshold);
                }
            }
        }

        @Test
        void settingReadOncePerConnection() throws SQLException {
            try (Connection physical =
                    DATABASE.dataSourceWithPlanCacheMode("force_custom_plan").getConnection()) {
                AtomicInteger reads = new AtomicInteger();
                Connection counting =
                        replacingQueries(
                                physical,
                                sql -> {
                                    reads.incrementAndGet();
                                    return sql;
                                });

                for (int i = 0; i < 3; i++) {
                    try (PreparedStatement statement = Sql.prepare(counting, FILTERED_SQL)) {
                        executeRepeatedly(statement);
                    }
                }

                assertThat(reads).hasValue(1);
                assertThat(serverPrepared(physical)).isEqualTo(1);
            }
        }
    }

    @Nested
    class FailedRead {

        @Test
        void readErrorFallsBackToThresholdZero() throws SQLException {
            try (Connection physical =
                    DATABASE.dataSourceWithPlanCacheMode("force_custom_plan").getConnection()) {
                Connection failing = replacingQueries(physical, sql -> "SELECT 1 / 0");

                try (PreparedStatement statement = Sql.prepare(failing, FILTERED_SQL)) {
                    executeRepeatedly(statement);

                    assertThat(statement.unwrap(PGStatement.class).getPrepareThreshold()).isZero();
                }
                assertThat(serverPrepared(physical)).isZero();
            }
        }

        @Test
        void readErrorLeavesTransactionUsable() throws SQLException {
            try (Connection physical =
                    DATABASE.dataSourceWithPlanCacheMode("force_custom_plan").getConnection()) {
                Connection failing = replacingQueries(physical, sql -> "SELECT 1 / 0");
                physical.setAutoCommit(false);

                try (PreparedStatement statement = Sql.prepare(failing, FILTERED_SQL)) {
                    executeRepeatedly(statement);

                    assertThat(statement.unwrap(PGStatement.class).getPrepareThreshold()).isZero();
                }
                physical.commit();
            }
        }

        @Test
        void failedTransactionFallsBackUntilNextStatement() throws SQLException {
            try (Connection connection =
                    DATABASE.dataSourceWithPlanCacheMode("force_custom_plan").getConnection()) {
                int driverThreshold = connection.unwrap(PGConnection.class).getPrepareThreshold();
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    assertThatThrownBy(() -> statement.execute("SELECT 1 / 0"))
                            .isInstanceOf(SQLException.class);
                }

                try (PreparedStatement inFailed = Sql.prepare(connection, FILTERED_SQL)) {
                    assertThat(inFailed.unwrap(PGStatement.class).getPrepareThreshold()).isZero();
                }
                connection.rollback();

                try (PreparedStatement afterRollback = Sql.prepare(connection, FILTERED_SQL)) {
                    assertThat(afterRollback.unwrap(PGStatement.class).getPrepareThreshold())
                            .isEqualTo(driverThreshold);
                }
            }
        }
    }

    private static void executeRepeatedly(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < EXECUTIONS; i++) {
            statement.setObject(1, UUID.randomUUID());
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isFalse();
            }
        }
    }

    /** Returns how many statements with the text of {@link #FILTERED_SQL} the session prepared. */
    private static long serverPrepared(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(
                        "SELECT count(*) FROM pg_prepared_statements WHERE statement = ?")) {
            statement.setString(1, SERVER_TEXT);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Rewrites the text of a query run through a plain statement. */
    @FunctionalInterface
    private interface QueryRewrite {
        String rewrite(String sql);
    }

    /**
     * Returns {@code physical} behind a proxy whose plain statements run the text that {@code
     * rewrite} returns in place of the query passed to {@code executeQuery}. Prepared statements
     * and {@code unwrap} reach the driver.
     */
    private static Connection replacingQueries(Connection physical, QueryRewrite rewrite) {
        return proxy(
                Connection.class,
                (method, args) -> {
                    Object result = invoke(method, physical, args);
                    if (!method.getName().equals("createStatement")) {
                        return result;
                    }
                    Statement statement = (Statement) result;
                    return proxy(
                            Statement.class,
                            (statementMethod, statementArgs) -> {
                                if (statementMethod.getName().equals("executeQuery")) {
                                    return statement.executeQuery(
                                            rewrite.rewrite((String) statementArgs[0]));
                                }
                                return invoke(statementMethod, statement, statementArgs);
                            });
                });
    }
}

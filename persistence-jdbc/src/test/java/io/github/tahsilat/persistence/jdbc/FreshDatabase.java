package io.github.tahsilat.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a new database on the embedded PostgreSQL server, with the tables migrated
 * under a table prefix, and drops it after the class.
 *
 * <p>One server runs per test JVM: it starts with the first class that needs it and stops when
 * JUnit closes its root store after the last test. When the JVM runs as root, the embedded binary
 * starts PostgreSQL in a user namespace ({@code unshare -U}), since PostgreSQL rejects running as
 * root. Register it in a static field with {@code @RegisterExtension}; nested classes share the
 * outer class's database.
 */
final class FreshDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FreshDatabase.class);

    private final JdbcOptions options;
    private Class<?> owner;
    private String name;
    private SmallPool pool;
    private Server server;

    /** Creates a database whose tables have the default prefix. */
    FreshDatabase() {
        this(JdbcOptions.defaults());
    }

    FreshDatabase(JdbcOptions options) {
        this.options = options;
    }

    /** Returns the pooled data source of the database. */
    DataSource dataSource() {
        return pool;
    }

    /** Returns the options the tables were migrated with. */
    JdbcOptions options() {
        return options;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        if (owner != null) {
            return;
        }
        owner = context.getRequiredTestClass();
        server =
                context.getRoot()
                        .getStore(NAMESPACE)
                        .getOrComputeIfAbsent("server", key -> Server.start(), Server.class);
        name = "test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try (Connection connection = server.postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        pool = new SmallPool(server.postgres.getDatabase("postgres", name));
        JdbcMigrations.migrate(pool, options);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (context.getRequiredTestClass() != owner) {
            return;
        }
        pool.close();
        try (Connection connection = server.postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + name);
        }
    }

    /** The embedded server, closed by JUnit with its root store. */
    static final class Server implements AutoCloseable {
        final EmbeddedPostgres postgres;

        private Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static Server start() {
            try {
                // Durability settings off: a test server loses nothing it needs on a crash.
                return new Server(
                        EmbeddedPostgres.builder()
                                .setServerConfig("fsync", "off")
                                .setServerConfig("synchronous_commit", "off")
                                .setServerConfig("full_page_writes", "off")
                                .start());
            } catch (IOException e) {
                throw new IllegalStateException(
                        "failed to start the embedded PostgreSQL server: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}

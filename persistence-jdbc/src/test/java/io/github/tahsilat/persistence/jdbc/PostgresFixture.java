package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.money.Monetary;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded PostgreSQL database and the engine set-up that the module's PostgreSQL tests share.
 * Register it in a static field with {@code @RegisterExtension}. Nested classes share the outer
 * class's database.
 *
 * <p>One server runs per test JVM: it starts with the first class that needs it and stops when
 * JUnit closes its root store after the last test. When the JVM runs as root, the embedded binary
 * starts PostgreSQL in a user namespace ({@code unshare -U}), since PostgreSQL rejects running as
 * root. {@link #shared()} gives every class the same database, migrated once per JVM, and empties
 * its tables before each class. {@link #ownDatabase(JdbcOptions)} gives a class a new database of
 * its own and drops it after the class, for tests that inspect the schema itself.
 *
 * <p>The server runs with {@code plan_cache_mode = force_custom_plan}, as the persistence-jdbc
 * README advises hosts, so the stores keep their statements prepared on the server ({@link
 * CustomPlans}). {@link #ownDatabaseWithAutoPlanCache(JdbcOptions)} gives a class connections whose
 * sessions set it back to PostgreSQL's default, {@code auto}, for tests of the other path.
 */
final class PostgresFixture implements BeforeAllCallback, AfterAllCallback {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    /** The calendar of the test companies, registered with each engine under {@code "test"}. */
    static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();

    /** The invoice context of the test companies: HALF_UP, VAT rounded per line. */
    static final InvoiceContext CONTEXT =
            new InvoiceContext(RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, ISTANBUL);

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresFixture.class);

    /** The connection property that sets {@code plan_cache_mode} back to PostgreSQL's default. */
    private static final Map<String, String> AUTO_PLAN_CACHE =
            Map.of("options", "-c plan_cache_mode=auto");

    private final JdbcOptions options;
    private final boolean shared;
    private final Map<String, String> connectionProperties;
    private Class<?> owner;
    private Database database;

    private PostgresFixture(
            JdbcOptions options, boolean shared, Map<String, String> connectionProperties) {
        this.options = options;
        this.shared = shared;
        this.connectionProperties = connectionProperties;
    }

    /** Returns a fixture on the JVM's shared database, with the default table prefix. */
    static PostgresFixture shared() {
        return new PostgresFixture(JdbcOptions.defaults(), true, Map.of());
    }

    /** Returns a fixture on a new database of the class's own, migrated under {@code options}. */
    static PostgresFixture ownDatabase(JdbcOptions options) {
        return new PostgresFixture(options, false, Map.of());
    }

    /**
     * Returns a fixture on a new database of the class's own, migrated under {@code options}, whose
     * connections start with {@code plan_cache_mode = auto} in place of the server's {@code
     * force_custom_plan}.
     */
    static PostgresFixture ownDatabaseWithAutoPlanCache(JdbcOptions options) {
        return new PostgresFixture(options, false, AUTO_PLAN_CACHE);
    }

    /** Returns the JDBC URL of the fixture's database, with the user as its only property. */
    String jdbcUrl() {
        return database.server.postgres.getJdbcUrl("postgres", database.name);
    }

    /**
     * Returns a new data source, without a pool, on the fixture's database whose connections start
     * with {@code plan_cache_mode} set to {@code mode}.
     */
    DataSource dataSourceWithPlanCacheMode(String mode) {
        return database.server.postgres.getDatabase(
                "postgres", database.name, Map.of("options", "-c plan_cache_mode=" + mode));
    }

    /** Returns the pooled data source of the database. */
    DataSource dataSource() {
        return database.pool;
    }

    /** Returns the options the tables were migrated with. */
    JdbcOptions options() {
        return options;
    }

    /** Creates JDBC stores on the database, under {@link #options()}. */
    Stores stores() {
        return JdbcStores.create(dataSource(), options);
    }

    /** Builds an engine on {@code stores} whose clock stays at {@code now}. */
    static Tahsilat engine(Stores stores, Instant now) {
        return Tahsilat.builder()
                .stores(stores)
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                .build();
    }

    /**
     * Registers a company in TRY in Istanbul, with a VKN and amounts rounded by {@code rounding}.
     */
    static void registerCompany(Tahsilat engine, CompanyId id, RoundingMode rounding) {
        engine.companies()
                .register(
                        Company.builder()
                                .id(id)
                                .legalName("Anadolu Tekstil A.Ş.")
                                .settings(
                                        new CompanySettings(
                                                Monetary.getCurrency("TRY"),
                                                ISTANBUL,
                                                rounding,
                                                VatRounding.PER_LINE,
                                                CALENDAR))
                                .vkn(new Vkn("4540536920"))
                                .build());
    }

    /** Registers a customer named {@code name} with no identifiers. */
    static Counterparty registerCustomer(Tahsilat engine, CompanyId companyId, String name) {
        Counterparty customer =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name(name)
                        .build();
        engine.counterparties().register(customer);
        return customer;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        if (owner != null) {
            return;
        }
        owner = context.getRequiredTestClass();
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        Server server = root.getOrComputeIfAbsent("server", key -> Server.start(), Server.class);
        if (shared) {
            database =
                    root.getOrComputeIfAbsent(
                            "shared database " + options.tablePrefix(),
                            key -> Database.create(server, options, false, Map.of()),
                            Database.class);
            database.emptyTables(options);
        } else {
            database = Database.create(server, options, true, connectionProperties);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (context.getRequiredTestClass() != owner || shared) {
            return;
        }
        database.close();
    }

    /**
     * A migrated database on the server, with its pool. Closing it closes the pool, and drops the
     * database unless it lives as long as the server.
     */
    static final class Database implements AutoCloseable {
        private final Server server;
        private final String name;
        private final SmallPool pool;
        private final boolean dropOnClose;

        private Database(Server server, String name, SmallPool pool, boolean dropOnClose) {
            this.server = server;
            this.name = name;
            this.pool = pool;
            this.dropOnClose = dropOnClose;
        }

        static Database create(
                Server server,
                JdbcOptions options,
                boolean dropOnClose,
                Map<String, String> connectionProperties) {
            String name =
                    "test_"
                            + UUID.randomUUID()
                                    .toString()
                                    .replace("-", "")
                                    .toLowerCase(Locale.ROOT);
            try (Connection connection = server.postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "failed to create the test database " + name + ": " + e.getMessage(), e);
            }
            SmallPool pool =
                    new SmallPool(
                            server.postgres.getDatabase("postgres", name, connectionProperties));
            JdbcMigrations.migrate(pool, options);
            return new Database(server, name, pool, dropOnClose);
        }

        /**
         * Deletes every row of the tables under the prefix of {@code options}, except Flyway's
         * schema history. A lock timeout turns a connection a test left in a transaction into an
         * error instead of a hung build.
         */
        void emptyTables(JdbcOptions options) throws SQLException {
            String prefix = options.tablePrefix();
            List<String> tables = new ArrayList<>();
            try (Connection connection = pool.getConnection()) {
                try (PreparedStatement statement =
                        connection.prepareStatement(
                                "SELECT tablename FROM pg_tables"
                                        + " WHERE schemaname = current_schema()"
                                        + " AND starts_with(tablename, ?) AND tablename <> ?")) {
                    statement.setString(1, prefix);
                    statement.setString(2, prefix + "schema_history");
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            tables.add(rows.getString(1));
                        }
                    }
                }
                if (tables.isEmpty()) {
                    return;
                }
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL lock_timeout = '30s'");
                    statement.execute("TRUNCATE " + String.join(", ", tables));
                }
                connection.commit();
            }
        }

        @Override
        public void close() throws SQLException {
            pool.close();
            if (!dropOnClose) {
                return;
            }
            try (Connection connection = server.postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE " + name);
            }
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
                                .setServerConfig("plan_cache_mode", CustomPlans.FORCE_CUSTOM_PLAN)
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

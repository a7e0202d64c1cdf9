package io.github.tahsilat.dbscheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.persistence.jdbc.JdbcMigrations;
import io.github.tahsilat.persistence.jdbc.JdbcOptions;
import io.github.tahsilat.persistence.jdbc.JdbcStores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.ReconciliationService;
import io.github.tahsilat.service.reconciliation.ReconciliationUnit;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import javax.sql.DataSource;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two application instances, each with its own engine, connection pool and scheduler, share one
 * PostgreSQL database and import bank statements split into work units. Each statement has one line
 * per invoice, naming the invoice and paying it in full, so every line books without review.
 *
 * <p>When the JVM runs as root, the embedded binary starts PostgreSQL in a user namespace ({@code
 * unshare -U}), since PostgreSQL rejects running as root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusteredReconciliationTest {

    private static final int LINES = 120;
    private static final int UNITS = 6;
    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 1);
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-03-10T09:00:00Z"), ZoneOffset.UTC);
    private static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();
    private static final Duration WAIT = Duration.ofMinutes(5);

    private final CompanyId companyId = CompanyId.random();
    private final Map<String, StatementImport> statements = new ConcurrentHashMap<>();
    private EmbeddedPostgres postgres;
    private String database;
    private final List<AutoCloseable> closing = new ArrayList<>();

    /** One application instance: its pool, reconciliation service and scheduler. */
    private final class Instance implements AutoCloseable {
        final KillablePool pool;
        final ReconciliationService reconciliation;
        final Scheduler scheduler;

        Instance(String name) {
            pool = new KillablePool(postgres.getDatabase("postgres", database));
            Tahsilat engine =
                    Tahsilat.builder()
                            .stores(JdbcStores.create(pool, JdbcOptions.defaults()))
                            .clock(CLOCK)
                            .build();
            reconciliation = engine.reconciliation();
            scheduler =
                    Scheduler.create(
                                    pool,
                                    ReconciliationUnitTask.create(
                                            reconciliation,
                                            (company, statementId) -> statements.get(statementId),
                                            Duration.ofMillis(200)))
                            .schedulerName(new SchedulerName.Fixed(name))
                            .threads(2)
                            .pollingInterval(Duration.ofMillis(100))
                            .heartbeatInterval(Duration.ofMillis(250))
                            .missedHeartbeatsLimit(4)
                            .shutdownMaxWait(Duration.ofSeconds(1))
                            .build();
        }

        @Override
        public void close() {
            scheduler.stop();
            pool.close();
        }
    }

    private Instance instance(String name) {
        Instance instance = new Instance(name);
        closing.add(instance);
        return instance;
    }

    @BeforeAll
    void createDatabase() throws Exception {
        postgres =
                EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        // As the persistence-jdbc README advises: the stores then keep their
                        // statements prepared, and the server still plans each execution.
                        .setServerConfig("plan_cache_mode", "force_custom_plan")
                        .start();
        database = "reconciliation_" + UUID.randomUUID().toString().replace("-", "");
        execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + database);
        DataSource target = postgres.getDatabase("postgres", database);
        JdbcMigrations.migrate(target, JdbcOptions.defaults());
        SchedulerMigrations.migrate(target);
        Tahsilat engine =
                Tahsilat.builder()
                        .stores(JdbcStores.create(target, JdbcOptions.defaults()))
                        .clock(CLOCK)
                        .build();
        engine.companies().register(company());
        Counterparty customer =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Ege Boya Ltd.")
                        .build();
        engine.counterparties().register(customer);
        statements.put("STMT-A", issueAndWriteStatement(engine, customer, "STMT-A", "A"));
        statements.put("STMT-B", issueAndWriteStatement(engine, customer, "STMT-B", "B"));
    }

    @AfterAll
    void stopServer() throws Exception {
        Collections.reverse(closing);
        for (AutoCloseable instance : closing) {
            instance.close();
        }
        postgres.close();
    }

    /** Issues {@value #LINES} invoices and returns a statement with one line paying each. */
    private StatementImport issueAndWriteStatement(
            Tahsilat engine, Counterparty customer, String statementId, String series) {
        InvoiceContext context =
                new InvoiceContext(
                        RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, ZoneOffset.UTC);
        List<BankLine> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            String number = series + "-" + (1000 + i);
            BigDecimal amount = BigDecimal.valueOf(10_000 + i, 2);
            Invoice invoice =
                    Invoice.builder()
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .number(number)
                            .direction(Direction.RECEIVABLE)
                            .issueDate(ISSUED)
                            .currency("EUR")
                            .terms(PaymentTermsNotation.parse("NET 30"))
                            .line(InvoiceLine.of("Boya", BigDecimal.ONE, amount, BigDecimal.ZERO))
                            .build(context);
            engine.invoices().issue(InvoiceRequest.of(invoice));
            lines.add(
                    BankLine.builder()
                            .accountId(ACCOUNT)
                            .bookingDate(LocalDate.of(2025, 3, 10))
                            .amount(Money.of(amount, "EUR"))
                            .remittanceText("Fatura " + number)
                            .build());
        }
        return new StatementImport(companyId, statementId, lines);
    }

    private Company company() {
        return Company.builder()
                .id(companyId)
                .legalName("Anadolu Tekstil A.Ş.")
                .settings(
                        new CompanySettings(
                                Monetary.getCurrency("EUR"),
                                ZoneOffset.UTC,
                                RoundingMode.HALF_UP,
                                VatRounding.PER_LINE,
                                CALENDAR))
                .vkn(new Vkn("1234567890"))
                .build();
    }

    @Test
    void scheduledUnitsBookEachLineOnce() throws Exception {
        Instance first = instance("first");
        Instance second = instance("second");
        StatementImport statement = statements.get("STMT-A");

        int scheduled =
                ReconciliationUnitTask.schedule(first.scheduler, statement, UNITS, Instant.now());
        int again =
                ReconciliationUnitTask.schedule(second.scheduler, statement, UNITS, Instant.now());
        first.scheduler.start();
        second.scheduler.start();
        awaitTrue(
                () ->
                        count(
                                        "SELECT count(*) FROM scheduled_tasks WHERE task_name = '"
                                                + ReconciliationUnitTask.TASK_NAME
                                                + "'")
                                == 0);

        assertThat(scheduled).isEqualTo(UNITS);
        assertThat(again).isZero();
        assertBookedOnce("STMT-A", "A-%");
    }

    @Test
    void bothInstancesRunningEveryUnitBookOnce() throws Exception {
        Instance first = instance("bypass-a");
        Instance second = instance("bypass-b");
        StatementImport statement = statements.get("STMT-B");
        List<ReconciliationUnit> units = first.reconciliation.units(statement, UNITS);
        List<ReconciliationUnit> reversed = new ArrayList<>(units);
        Collections.reverse(reversed);

        CompletableFuture<Void> a =
                CompletableFuture.runAsync(
                        () -> units.forEach(unit -> first.reconciliation.runUnit(unit, statement)));
        CompletableFuture<Void> b =
                CompletableFuture.runAsync(
                        () ->
                                reversed.forEach(
                                        unit -> second.reconciliation.runUnit(unit, statement)));
        a.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        b.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertBookedOnce("STMT-B", "B-%");
    }

    /** Checks the store: one bank entry and one payment per line, every invoice paid in full. */
    private void assertBookedOnce(String statementId, String numberPattern) throws SQLException {
        assertThat(
                        count(
                                "SELECT count(*) FROM tahsilat_bank_entry WHERE statement_id = '"
                                        + statementId
                                        + "'"))
                .isEqualTo(LINES);
        assertThat(
                        count(
                                "SELECT count(DISTINCT payment_id) FROM tahsilat_bank_entry"
                                        + " WHERE statement_id = '"
                                        + statementId
                                        + "'"))
                .isEqualTo(LINES);
        String payments =
                " FROM tahsilat_payment WHERE id IN (SELECT payment_id FROM tahsilat_bank_entry"
                        + " WHERE statement_id = '"
                        + statementId
                        + "')";
        assertThat(count("SELECT count(*)" + payments)).isEqualTo(LINES);
        long expectedCents = 0;
        for (int i = 0; i < LINES; i++) {
            expectedCents += 10_000 + i;
        }
        assertThat(count("SELECT (sum(amount) * 100)::bigint" + payments)).isEqualTo(expectedCents);
        String invoices = " FROM tahsilat_invoice WHERE number LIKE '" + numberPattern + "'";
        assertThat(count("SELECT count(*)" + invoices + " AND status = 'PAID'")).isEqualTo(LINES);
        assertThat(count("SELECT count(*)" + invoices + " AND outstanding <> 0")).isZero();
        assertThat(
                        count(
                                "SELECT count(*) FROM tahsilat_allocation a JOIN tahsilat_invoice i"
                                        + " ON i.company_id = a.company_id AND i.id = a.invoice_id"
                                        + " WHERE i.number LIKE '"
                                        + numberPattern
                                        + "'"))
                .isEqualTo(LINES);
    }

    @FunctionalInterface
    private interface Condition {
        boolean isMet() throws Exception;
    }

    private static void awaitTrue(Condition condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.isMet()) {
            assertThat(System.nanoTime()).as("waited %s", WAIT).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

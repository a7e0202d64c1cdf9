package io.github.tahsilat.dbscheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.notification.RecordingChannel;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.persistence.jdbc.JdbcMigrations;
import io.github.tahsilat.persistence.jdbc.JdbcOptions;
import io.github.tahsilat.persistence.jdbc.JdbcStores;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningService;
import io.github.tahsilat.service.dunning.DunningUnit;
import io.github.tahsilat.service.invoice.InvoiceRequest;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.Monetary;
import javax.sql.DataSource;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application instances, each with its own engine, connection pool and scheduler, share one
 * PostgreSQL database with 10,000 overdue items of 1,000 customers. The first test runs level 1 on
 * the schedulers while one instance dies between a delivery and its commit. The second reruns level
 * 1 before and after the dead instance's leases expire, and only the run after them re-sends what
 * it left. The third runs level 2 with the scheduler bypassed, so both instances run every unit.
 * The tests run in this order on one data set.
 *
 * <p>When the JVM runs as root, the embedded binary starts PostgreSQL in a user namespace ({@code
 * unshare -U}), since PostgreSQL rejects running as root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusteredDunningTest {

    private static final int CUSTOMERS = 1_000;
    private static final int ITEMS_PER_CUSTOMER = 10;
    private static final int ITEMS = CUSTOMERS * ITEMS_PER_CUSTOMER;
    private static final int UNITS = 8;
    private static final LocalDate DUE = LocalDate.of(2025, 3, 1);
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();
    private static final Duration HEARTBEAT = Duration.ofMillis(250);

    /** Level n at 7n days past due, each with a fee of n.00 EUR per notice. */
    private static final PolicyBook POLICIES =
            PolicyBook.builder(
                            DunningPolicy.builder("clustered")
                                    .level(level(1))
                                    .level(level(2))
                                    .level(level(3))
                                    .build())
                    .build();

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final Duration LEASE = Duration.ofMinutes(15);

    private final CompanyId companyId = CompanyId.random();
    private UUID lostNotice;
    private final Set<UUID> deliveredByDeadInstance = ConcurrentHashMap.newKeySet();
    private final RecordingChannel email = new RecordingChannel("email");
    private EmbeddedPostgres postgres;
    private String database;
    private final List<AutoCloseable> closing = new ArrayList<>();

    private static DunningLevel level(int number) {
        return DunningLevel.builder(number, 7 * number)
                .fee(new FixedFee(Money.of(number, "EUR"), FeeBasis.PER_NOTICE))
                .build();
    }

    private static LocalDate levelDay(int number) {
        return DUE.plusDays(7L * number);
    }

    /** One application instance: its pool, engine, dunning service and scheduler. */
    private final class Instance implements AutoCloseable {
        final KillablePool pool;
        final DunningService dunning;
        final Scheduler scheduler;

        Instance(String name, Function<KillablePool, NotificationChannel> channel, Clock clock) {
            pool = new KillablePool(postgres.getDatabase("postgres", database));
            Tahsilat engine =
                    Tahsilat.builder()
                            .stores(JdbcStores.create(pool, JdbcOptions.defaults()))
                            .clock(clock)
                            .dunningLease(LEASE)
                            .notificationChannel(channel.apply(pool))
                            .build();
            dunning =
                    engine.dunning(
                            POLICIES,
                            c ->
                                    List.of(
                                            new Recipient(
                                                    "email", "billing@example.com", "text/plain")));
            scheduler =
                    Scheduler.create(pool, DunningUnitTask.create(dunning, Duration.ofMillis(200)))
                            .schedulerName(new SchedulerName.Fixed(name))
                            .threads(2)
                            .pollingInterval(Duration.ofMillis(100))
                            .heartbeatInterval(HEARTBEAT)
                            .missedHeartbeatsLimit(4)
                            .shutdownMaxWait(Duration.ofSeconds(1))
                            .build();
        }

        Tahsilat engine() {
            return Tahsilat.builder()
                    .stores(JdbcStores.create(pool, JdbcOptions.defaults()))
                    .clock(CLOCK)
                    .build();
        }

        @Override
        public void close() {
            scheduler.stop();
            pool.close();
        }
    }

    private Instance instance(String name) {
        return instance(name, pool -> email, CLOCK);
    }

    /** Returns an instance whose clock reads the lease's length after the first instances'. */
    private Instance instanceAfterLease(String name) {
        return instance(name, pool -> email, Clock.offset(CLOCK, LEASE));
    }

    private Instance instance(String name, Function<KillablePool, NotificationChannel> channel) {
        return instance(name, channel, CLOCK);
    }

    private Instance instance(
            String name, Function<KillablePool, NotificationChannel> channel, Clock clock) {
        Instance instance = new Instance(name, channel, clock);
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
        database = "clustered_" + UUID.randomUUID().toString().replace("-", "");
        execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + database);
        DataSource target = postgres.getDatabase("postgres", database);
        JdbcMigrations.migrate(target, JdbcOptions.defaults());
        assertThat(SchedulerMigrations.migrate(target)).isEqualTo(1);
        try (Instance setup = new Instance("setup", pool -> email, CLOCK)) {
            issueOverdueItems(setup.engine());
        }
    }

    @AfterAll
    void stopServer() throws Exception {
        Collections.reverse(closing);
        for (AutoCloseable instance : closing) {
            instance.close();
        }
        postgres.close();
    }

    /**
     * Registers one customer and issues one invoice through the engine, then copies their rows in
     * SQL into 1,000 customers with 10 invoices each, and deletes the template invoice. Issuing
     * 10,000 invoices through the engine took about two minutes on a busy 2-core machine. The
     * copies have no ledger entries of their own, which dunning without late interest does not
     * read.
     */
    private void issueOverdueItems(Tahsilat engine) throws SQLException {
        engine.companies().register(company());
        Counterparty template =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Müşteri")
                        .build();
        engine.counterparties().register(template);
        Invoice invoice = templateInvoice(template);
        engine.invoices().issue(InvoiceRequest.of(invoice));

        String customerId = "md5(%s::text || '-' || g)::uuid";
        String invoiceId = "md5(%s::text || '-' || g || '-' || j)::uuid";
        String copies = " CROSS JOIN generate_series(1, %d) g CROSS JOIN generate_series(1, %d) j";
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection()) {
            copyRows(
                    connection,
                    "tahsilat_counterparty",
                    Map.of("id", customerId.formatted("id"), "name", "name || ' ' || g"),
                    " CROSS JOIN generate_series(1, " + CUSTOMERS + ") g WHERE id = ?",
                    template.id().value());
            copyRows(
                    connection,
                    "tahsilat_invoice",
                    Map.of(
                            "id", invoiceId.formatted("id"),
                            "counterparty_id", customerId.formatted("counterparty_id"),
                            "number", "'INV-' || g || '-' || j"),
                    copies.formatted(CUSTOMERS, ITEMS_PER_CUSTOMER) + " WHERE id = ?",
                    invoice.id().value());
            for (String child :
                    List.of(
                            "tahsilat_invoice_line",
                            "tahsilat_invoice_installment",
                            "tahsilat_invoice_installment_discount",
                            "tahsilat_invoice_vat_total",
                            "tahsilat_invoice_withholding_total")) {
                copyRows(
                        connection,
                        child,
                        Map.of("invoice_id", invoiceId.formatted("invoice_id")),
                        copies.formatted(CUSTOMERS, ITEMS_PER_CUSTOMER) + " WHERE invoice_id = ?",
                        invoice.id().value());
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM tahsilat_invoice WHERE id = ?")) {
                delete.setObject(1, invoice.id().value());
                delete.executeUpdate();
            }
        }
        assertThat(count("SELECT count(*) FROM tahsilat_invoice")).isEqualTo(ITEMS);
    }

    /** Inserts copies of a table's rows, with some columns replaced by SQL expressions. */
    private static void copyRows(
            Connection connection,
            String table,
            Map<String, String> replaced,
            String fromClause,
            UUID templateId)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement =
                connection.prepareStatement(
                        "SELECT column_name FROM information_schema.columns"
                                + " WHERE table_name = ? ORDER BY ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        String values =
                columns.stream()
                        .map(column -> replaced.getOrDefault(column, column))
                        .collect(Collectors.joining(", "));
        String sql =
                "INSERT INTO "
                        + table
                        + " ("
                        + String.join(", ", columns)
                        + ") SELECT "
                        + values
                        + " FROM "
                        + table
                        + fromClause;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, templateId);
            insert.executeUpdate();
        }
    }

    private Invoice templateInvoice(Counterparty customer) {
        InvoiceContext context =
                new InvoiceContext(
                        RoundingMode.HALF_UP, VatRounding.PER_LINE, CALENDAR, ZoneOffset.UTC);
        return Invoice.builder()
                .companyId(companyId)
                .counterpartyId(customer.id())
                .number("TEMPLATE")
                .direction(Direction.RECEIVABLE)
                .issueDate(DUE.minusDays(30))
                .currency("EUR")
                .terms(PaymentTermsNotation.parse("NET 30"))
                .line(
                        InvoiceLine.of(
                                "Service", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO))
                .build(context);
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
                .mersisNumber(new MersisNumber("0123456789000015"))
                .addBankAccount(
                        new BankAccount(
                                Iban.parse("DE89 3704 0044 0532 0130 00"),
                                "Deutsche Bank",
                                Monetary.getCurrency("EUR")))
                .build();
    }

    @Test
    @Order(1)
    void scheduledUnitsSurviveKilledInstance() throws Exception {
        AtomicReference<UUID> lost = new AtomicReference<>();
        Instance dying = instance("dying", pool -> dyingAfterDeliveries(pool, lost));
        Instance survivor = instance("survivor");
        DunningRunRequest request = DunningRunRequest.of(companyId, levelDay(1));

        int scheduled = DunningUnitTask.schedule(dying.scheduler, request, UNITS, Instant.now());
        int again = DunningUnitTask.schedule(survivor.scheduler, request, UNITS, Instant.now());
        dying.scheduler.start();
        survivor.scheduler.start();
        awaitTrue(dying.pool::killed);
        // A dead process stops polling, and its picked units wait for the survivor to find them.
        dying.scheduler.stop();
        awaitNoExecutions();
        lostNotice = lost.get();

        assertThat(scheduled).isEqualTo(UNITS);
        assertThat(again).isZero();
        assertThat(dying.pool.killed()).isTrue();
        assertThat(lostNotice).isNotNull();
        assertThat(deliveriesByNotice().values()).containsOnly(1L);
        assertThat(claimsOf(1, "SENT") + claimsOf(1, "CLAIMED")).isEqualTo(ITEMS);
        assertThat(claimsOf(1, "CLAIMED")).isPositive();
        assertThat(
                        count(
                                "SELECT count(*) - count(DISTINCT document_id)"
                                        + " FROM tahsilat_ledger_entry WHERE kind = 'FEE'"))
                .isZero();
    }

    @Test
    @Order(2)
    void expiredLeasesResendDeadInstanceClaims() throws Exception {
        Instance early = instance("before-lease");
        Instance later = instanceAfterLease("after-lease");
        DunningRunRequest request = DunningRunRequest.of(companyId, levelDay(1));
        long claimedBefore = claimsOf(1, "CLAIMED");

        early.dunning.units(request, UNITS).forEach(early.dunning::runUnit);
        long claimedWhileLeased = claimsOf(1, "CLAIMED");
        long lostBeforeExpiry = deliveriesByNotice().get(lostNotice);
        later.dunning.units(request, UNITS).forEach(later.dunning::runUnit);

        assertThat(claimedWhileLeased).isEqualTo(claimedBefore);
        assertThat(lostBeforeExpiry).isEqualTo(1);
        assertThat(deliveriesByNotice().get(lostNotice)).isEqualTo(2);
        assertThat(claimsOf(1, "CLAIMED")).isZero();
        assertLevelSentOnce(1);
    }

    @Test
    @Order(3)
    void bothInstancesRunningEveryUnitSendOnce() throws Exception {
        Instance first = instanceAfterLease("bypass-a");
        Instance second = instanceAfterLease("bypass-b");
        DunningRunRequest request = DunningRunRequest.of(companyId, levelDay(2));
        List<DunningUnit> units = first.dunning.units(request, UNITS);
        List<DunningUnit> reversed = new ArrayList<>(units);
        Collections.reverse(reversed);

        CompletableFuture<Void> a =
                CompletableFuture.runAsync(() -> units.forEach(first.dunning::runUnit));
        CompletableFuture<Void> b =
                CompletableFuture.runAsync(() -> reversed.forEach(second.dunning::runUnit));
        a.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        b.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        // The dead instance may have had a second delivery in flight on its other thread, so every
        // notice it delivered may arrive twice, always under the same id.
        Map<UUID, Long> deliveries = deliveriesByNotice();
        assertThat(deliveries).hasSize(2 * CUSTOMERS);
        assertThat(deliveries.get(lostNotice)).isEqualTo(2);
        assertThat(deliveries.values()).allMatch(times -> times <= 2);
        assertThat(deliveries.entrySet())
                .filteredOn(e -> e.getValue() == 2)
                .extracting(Map.Entry::getKey)
                .allMatch(deliveredByDeadInstance::contains);
        assertLevelSentOnce(1);
        assertLevelSentOnce(2);
    }

    /**
     * Returns a channel that delivers notices until the 50th, then kills the instance's pool before
     * that delivery is recorded, and fails every later delivery as a dead process would.
     */
    private NotificationChannel dyingAfterDeliveries(
            KillablePool pool, AtomicReference<UUID> lost) {
        return new NotificationChannel() {
            private int delivered;

            @Override
            public String name() {
                return "email";
            }

            @Override
            public synchronized DeliveryResult deliver(RenderedNotice notice) {
                if (pool.killed()) {
                    throw new IllegalStateException("the instance is dead");
                }
                DeliveryResult result = email.deliver(notice);
                deliveredByDeadInstance.add(notice.noticeId());
                delivered++;
                if (delivered == 50) {
                    lost.set(notice.noticeId());
                    pool.kill();
                }
                return result;
            }
        };
    }

    private long claimsOf(int level, String status) throws SQLException {
        return count(
                "SELECT count(*) FROM tahsilat_dunning_record WHERE level = "
                        + level
                        + " AND status = '"
                        + status
                        + "'");
    }

    private Map<UUID, Long> deliveriesByNotice() {
        return email.delivered().stream()
                .collect(Collectors.groupingBy(RenderedNotice::noticeId, Collectors.counting()));
    }

    /** Checks the store: every item sent once at the level, and one fee per notice. */
    private void assertLevelSentOnce(int level) throws SQLException {
        assertThat(count("SELECT count(*) FROM tahsilat_dunning_record WHERE level = " + level))
                .isEqualTo(ITEMS);
        assertThat(
                        count(
                                "SELECT count(*) FROM tahsilat_dunning_record WHERE level = "
                                        + level
                                        + " AND status = 'SENT' AND fee_booked"))
                .isEqualTo(ITEMS);
        String fees =
                " FROM tahsilat_ledger_entry WHERE kind = 'FEE' AND value_date = DATE '"
                        + levelDay(level)
                        + "'";
        assertThat(count("SELECT count(*)" + fees)).isEqualTo(CUSTOMERS);
        assertThat(count("SELECT count(DISTINCT document_id)" + fees)).isEqualTo(CUSTOMERS);
        assertThat(count("SELECT sum(amount)::bigint" + fees)).isEqualTo((long) CUSTOMERS * level);
    }

    private void awaitNoExecutions() throws Exception {
        awaitTrue(
                () ->
                        count(
                                        "SELECT count(*) FROM scheduled_tasks WHERE task_name = '"
                                                + DunningUnitTask.TASK_NAME
                                                + "'")
                                == 0);
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

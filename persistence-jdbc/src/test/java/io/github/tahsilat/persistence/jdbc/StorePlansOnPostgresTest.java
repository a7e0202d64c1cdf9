package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.QueueResolution;
import io.github.tahsilat.persistence.spi.record.QueueResolutionKind;
import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.TaxIdType;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Checks that a statement run many times on a long-lived connection while its table is nearly empty
 * is still planned for the table's size once the table has grown. The tables start empty in a
 * database of the class's own and grow to 10,000 rows of one company without {@code ANALYZE}, as
 * between two autovacuum runs. On an empty table every index whose leading column is {@code
 * company_id} costs the same, so a generic plan made then may read the whole company through the
 * wrong index.
 */
class StorePlansOnPostgresTest {

    /**
     * Connections with PostgreSQL's default {@code plan_cache_mode}, {@code auto}, under which the
     * server may switch a prepared statement to a generic plan.
     */
    @RegisterExtension
    static final PostgresFixture DATABASE =
            PostgresFixture.ownDatabaseWithAutoPlanCache(JdbcOptions.defaults());

    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final String COMPANY_SQL = "'" + COMPANY + "'::uuid";
    private static final String MISSING_SQL = "'00000000-0000-0000-0000-000000000002'::uuid";

    /** The rows that each table gets after the first executions, without {@code ANALYZE}. */
    private static final int GROWTH = 10_000;

    private static final String GROW_PAYMENTS =
            "INSERT INTO tahsilat_payment (company_id, id, version, counterparty_id, direction,"
                    + " value_date, currency, amount, charges, method, remittance, unapplied,"
                    + " last_write_actor_kind, last_write_actor_id, last_write_at)"
                    + " SELECT "
                    + COMPANY_SQL
                    + ", md5('payment-' || g)::uuid, 1,"
                    + " md5('customer-' || (g % 2000))::uuid, 'INCOMING', DATE '2025-03-01',"
                    + " 'EUR', 100, 0, 'TRANSFER', 'remittance', 0, 'SYSTEM', 'test', now()"
                    + " FROM generate_series(1, "
                    + GROWTH
                    + ") g";

    private static final String GROW_ALLOCATIONS =
            "INSERT INTO tahsilat_allocation (company_id, id, source_id, counterparty_id,"
                    + " invoice_id, installment, value_date, currency, fee, interest, principal,"
                    + " discount, write_off, component_order, last_write_actor_kind,"
                    + " last_write_actor_id, last_write_at)"
                    + " SELECT "
                    + COMPANY_SQL
                    + ", md5('allocation-' || g)::uuid,"
                    + " md5('payment-' || g)::uuid, md5('customer-' || (g % 2000))::uuid,"
                    + " md5('invoice-' || g)::uuid, 0, DATE '2025-03-01', 'EUR', 0, 0, 100, 0, 0,"
                    + " 'FEE_INTEREST_PRINCIPAL', 'SYSTEM', 'test', now()"
                    + " FROM generate_series(1, "
                    + GROWTH
                    + ") g";

    private static final String GROW_LEDGER =
            "INSERT INTO tahsilat_ledger_entry (company_id, sequence, id, counterparty_id,"
                    + " currency, kind, value_date, recorded_at, amount, balance_effect,"
                    + " document_id, invoice_id, component, note, actor_kind, actor_id)"
                    + " SELECT "
                    + COMPANY_SQL
                    + ", g, md5('ledger-' || g)::uuid,"
                    + " md5('customer-' || (g % 2000))::uuid, 'EUR', 'INVOICE',"
                    + " DATE '2025-03-01', now(), 100, 100, md5('invoice-' || g)::uuid,"
                    + " md5('invoice-' || g)::uuid, null, '', 'SYSTEM', 'test'"
                    + " FROM generate_series(1, "
                    + GROWTH
                    + ") g";

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "TRUNCATE tahsilat_payment, tahsilat_allocation, tahsilat_ledger_entry,"
                            + " tahsilat_ledger_counter, tahsilat_counterparty,"
                            + " tahsilat_counterparty_iban, tahsilat_bank_entry,"
                            + " tahsilat_reconciliation_queue, tahsilat_event,"
                            + " tahsilat_event_counter CASCADE");
        }
    }

    /**
     * Shows the fault on the server alone: a statement prepared in SQL, run while its table is
     * empty, keeps a generic plan that reads the company's whole index once the table has grown.
     */
    @Nested
    class GenericPlanMadeOnEmptyTable {

        @Test
        void paymentUpdateReadsWholeCompany() throws SQLException {
            String plan =
                    planAfterGrowth(
                            "UPDATE tahsilat_payment SET version = $1, unapplied = $2"
                                    + " WHERE company_id = $3 AND id = $4 AND version = $5",
                            "2, 10, " + COMPANY_SQL + ", " + MISSING_SQL + ", 1",
                            GROW_PAYMENTS);

            assertThat(plan).contains("Index Cond: (company_id = $3)");
        }

        @Test
        void allocationsBySourceReadWholeCompany() throws SQLException {
            String plan =
                    planAfterGrowth(
                            "SELECT * FROM tahsilat_allocation"
                                    + " WHERE company_id = $1 AND source_id = $2",
                            COMPANY_SQL + ", " + MISSING_SQL,
                            GROW_ALLOCATIONS);

            assertThat(plan).contains("Index Cond: (company_id = $1)");
        }

        /**
         * Prepares {@code sql}, runs it with {@code arguments} more often than PostgreSQL runs
         * custom plans before it considers a generic one, runs {@code grow}, and returns the plan
         * of one more execution.
         */
        private String planAfterGrowth(String sql, String arguments, String grow)
                throws SQLException {
            try (Connection connection = DATABASE.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("PREPARE audited AS " + sql);
                try {
                    for (int i = 0; i < 8; i++) {
                        statement.execute("EXECUTE audited(" + arguments + ")");
                    }
                    statement.execute(grow);
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rows =
                            statement.executeQuery("EXPLAIN EXECUTE audited(" + arguments + ")")) {
                        while (rows.next()) {
                            plan.append(rows.getString(1)).append('\n');
                        }
                    }
                    return plan.toString();
                } finally {
                    statement.execute("DEALLOCATE audited");
                }
            }
        }
    }

    /**
     * Runs the stores' per-item statements on one connection, as a job's transaction does, and
     * checks that the server planned none of them as a generic plan.
     */
    @Nested
    class StoreStatements {

        /**
         * Executions before and after the growth: more than pgjdbc's {@code prepareThreshold} of 5
         * plus the 5 custom plans PostgreSQL makes before it considers a generic one.
         */
        private static final int EXECUTIONS = 12;

        @Test
        void perItemReadsNeverUseGenericPlan() {
            Stores stores = DATABASE.stores();
            JdbcTransactionRunner transactions = (JdbcTransactionRunner) stores.transactions();
            Runnable reads =
                    () -> {
                        UUID id = UUID.randomUUID();
                        stores.invoices().find(COMPANY, id);
                        stores.payments().find(COMPANY, id);
                        stores.allocations().findBySource(COMPANY, id);
                        stores.allocations().findByInvoice(COMPANY, id);
                        stores.ledger().findByDocument(COMPANY, id);
                        stores.ledger()
                                .balance(
                                        COMPANY,
                                        id,
                                        "EUR",
                                        LocalDate.parse("2026-01-01"),
                                        Instant.parse("2026-01-01T00:00:00Z"));
                    };

            List<String> generic =
                    transactions.inTransaction(
                            () -> {
                                for (int i = 0; i < EXECUTIONS; i++) {
                                    reads.run();
                                }
                                grow(transactions.connection());
                                for (int i = 0; i < EXECUTIONS; i++) {
                                    reads.run();
                                }
                                return genericPlans(transactions.connection());
                            });

            assertThat(generic).isEmpty();
        }

        private static void grow(Connection connection) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(GROW_PAYMENTS);
                statement.execute(GROW_ALLOCATIONS);
                statement.execute(GROW_LEDGER);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * Returns the statements on the store's tables that the connection ran with a generic plan
         * at least once. Flyway's reads of its history table and pgjdbc's {@code COMMIT} are left
         * out, because they are not the store's.
         */
        private static List<String> genericPlans(Connection connection) {
            List<String> statements = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery(
                                    "SELECT statement FROM pg_prepared_statements"
                                            + " WHERE generic_plans > 0"
                                            + " AND statement LIKE '% tahsilat\\_%'"
                                            + " AND statement NOT LIKE '%schema_history%'")) {
                while (rows.next()) {
                    statements.add(rows.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return statements;
        }
    }

    /**
     * Runs each read of the reconciliation queue, the bank entries, the counterparties and the
     * event log through the store, on tables of {@value #GROWTH} rows of one company after {@code
     * ANALYZE}, and checks the plan that the server chose for it: the index that serves the read,
     * and no sequential scan of the table.
     */
    @Nested
    class StoreReadPlans {

        private static final LocalDate FIRST_DAY = LocalDate.parse("2025-01-01");

        private ServerPlans serverPlans;
        private Stores stores;

        @BeforeEach
        void growTables() throws SQLException {
            try (Connection connection = DATABASE.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        "INSERT INTO tahsilat_counterparty (company_id, id, version, kind, name,"
                                + " tax_id_type, tax_id_value, locale_tag, on_hold,"
                                + " natural_person, erasure_state, name_key,"
                                + " last_write_actor_kind, last_write_actor_id, last_write_at)"
                                + " SELECT "
                                + COMPANY_SQL
                                + ", md5('customer-' || g)::uuid, 1, 'CUSTOMER',"
                                + " 'Customer ' || g, 'VKN', lpad(g::text, 10, '0'), 'tr-TR',"
                                + " false, false, 'NONE', 'CUSTOMER ' || g, 'SYSTEM', 'test', now()"
                                + " FROM generate_series(1, "
                                + GROWTH
                                + ") g");
                statement.execute(
                        "INSERT INTO tahsilat_counterparty_iban (company_id, counterparty_id,"
                                + " position, iban)"
                                + " SELECT "
                                + COMPANY_SQL
                                + ", md5('customer-' || g)::uuid, 0, 'TR' || lpad(g::text, 24, '0')"
                                + " FROM generate_series(1, "
                                + GROWTH
                                + ") g");
                statement.execute(
                        "INSERT INTO tahsilat_bank_entry (company_id, entry_key, statement_id,"
                                + " account_id, booking_date, amount_minor, currency,"
                                + " end_to_end_id, decision, last_write_actor_kind,"
                                + " last_write_actor_id, last_write_at)"
                                + " SELECT "
                                + COMPANY_SQL
                                + ", 'entry-' || g, 'statement-' || (g / 100),"
                                + " 'account-' || (g % 10), DATE '2025-01-01' + g / 10, 100,"
                                + " 'EUR', 'e2e-' || g, 'BOOKED', 'SYSTEM', 'test', now()"
                                + " FROM generate_series(1, "
                                + GROWTH
                                + ") g");
                // One line in a hundred is still open, as after reconciliation has caught up.
                statement.execute(
                        "INSERT INTO tahsilat_reconciliation_queue (company_id, entry_key,"
                                + " statement_id, account_id, booking_date, amount_minor,"
                                + " currency, charges_minor, suggestion_invoice_ids,"
                                + " suggestion_scores, suggestion_rules, suggestion_explanations,"
                                + " queued_actor_kind, queued_actor_id, queued_at,"
                                + " resolution_kind)"
                                + " SELECT "
                                + COMPANY_SQL
                                + ", 'entry-' || g, 'statement-' || (g / 100),"
                                + " 'account-' || (g % 10), DATE '2025-01-01' + g / 10, 100,"
                                + " 'EUR', 0, '{}', '{}', '{}', '{}', 'SYSTEM', 'test', now(),"
                                + " CASE WHEN g % 100 = 0 THEN NULL ELSE 'DISMISSED' END"
                                + " FROM generate_series(1, "
                                + GROWTH
                                + ") g");
                statement.execute(
                        "INSERT INTO tahsilat_event (company_id, sequence, id, type,"
                                + " aggregate_id, payload, occurred_at, actor_kind, actor_id)"
                                + " SELECT "
                                + COMPANY_SQL
                                + ", g, md5('event-' || g)::uuid, 'InvoiceIssued',"
                                + " md5('invoice-' || g)::uuid, '{}', now(), 'SYSTEM', 'test'"
                                + " FROM generate_series(1, "
                                + GROWTH
                                + ") g");
                statement.execute(
                        "ANALYZE tahsilat_counterparty, tahsilat_counterparty_iban,"
                                + " tahsilat_bank_entry, tahsilat_reconciliation_queue,"
                                + " tahsilat_event");
            }
            serverPlans = new ServerPlans(DATABASE.dataSource());
            stores = JdbcStores.create(serverPlans.dataSource(), JdbcOptions.defaults());
        }

        @Test
        void queuedLineByKeyUsesPrimaryKey() {
            assertIndexOnly(
                    () -> stores.reconciliationQueue().find(COMPANY, "entry-500"),
                    "tahsilat_reconciliation_queue_pkey");
        }

        @Test
        void queuedKeysUsePrimaryKey() {
            assertIndexOnly(
                    () ->
                            stores.reconciliationQueue()
                                    .queuedKeys(COMPANY, List.of("entry-1", "entry-2", "missing")),
                    "tahsilat_reconciliation_queue_pkey");
        }

        @Test
        void firstOpenPageUsesOpenIndex() {
            assertIndexOnly(
                    () -> stores.reconciliationQueue().open(COMPANY, PageRequest.first(20)),
                    "tahsilat_reconciliation_queue_open_idx");
        }

        @Test
        void laterOpenPageUsesOpenIndex() {
            Page<QueuedLineRecord> first =
                    stores.reconciliationQueue().open(COMPANY, PageRequest.first(20));
            assertThat(first.next()).isPresent();
            String cursor = first.next().orElseThrow();

            assertIndexOnly(
                    () -> stores.reconciliationQueue().open(COMPANY, PageRequest.after(cursor, 20)),
                    "tahsilat_reconciliation_queue_open_idx");
        }

        @Test
        void bankEntryByKeyUsesPrimaryKey() {
            assertIndexOnly(
                    () -> stores.bankEntries().find(COMPANY, "missing"),
                    "tahsilat_bank_entry_pkey");
        }

        @Test
        void bankEntriesByKeysUsePrimaryKey() {
            assertIndexOnly(
                    () -> stores.bankEntries().findAll(COMPANY, List.of("missing-1", "missing-2")),
                    "tahsilat_bank_entry_pkey");
        }

        @Test
        void endToEndIdReadUsesIndex() {
            assertIndexOnly(
                    () -> stores.bankEntries().findByEndToEndId(COMPANY, "account-1", "missing"),
                    "tahsilat_bank_entry_end_to_end_idx");
        }

        @Test
        void bankEntriesOfStatementUseItsIndex() {
            assertIndexOnly(
                    () -> stores.bankEntries().ofStatement(COMPANY, "missing"),
                    "tahsilat_bank_entry_statement_idx");
        }

        @Test
        void bankEntriesOfAccountUseItsIndex() {
            assertIndexOnly(
                    () ->
                            stores.bankEntries()
                                    .ofAccount(
                                            COMPANY,
                                            "account-1",
                                            FIRST_DAY.minusDays(30),
                                            FIRST_DAY.minusDays(1)),
                    "tahsilat_bank_entry_account_idx");
        }

        @Test
        void counterpartiesByIbanUseIbanIndex() {
            assertIndexOnly(
                    () -> stores.counterparties().findByIban(COMPANY, "TR00000000000000000000000"),
                    "tahsilat_counterparty_iban_iban_idx");
        }

        @Test
        void counterpartiesByTaxIdUseTaxIdIndex() {
            assertIndexOnly(
                    () ->
                            stores.counterparties()
                                    .findByTaxId(COMPANY, new TaxId(TaxIdType.VKN, "9999999999")),
                    "tahsilat_counterparty_tax_id_idx");
        }

        @Test
        void counterpartiesByNameKeyUseNameKeyIndex() {
            assertIndexOnly(
                    () -> stores.counterparties().findByNameKey(COMPANY, "MISSING"),
                    "tahsilat_counterparty_name_key_idx");
        }

        @Test
        void counterpartiesByNamePrefixUseNameKeyIndex() {
            assertIndexOnly(
                    () -> stores.counterparties().findByNameKeyPrefix(COMPANY, "CUSTOMER 99", 10),
                    "tahsilat_counterparty_name_key_idx");
        }

        @Test
        void eventsAfterSequenceUsePrimaryKey() {
            assertIndexOnly(
                    () -> stores.events().readAfter(COMPANY, GROWTH - 50, 20),
                    "tahsilat_event_pkey");
        }

        /**
         * Checks that the store ran at least one statement for {@code read}, that some plan reads
         * through {@code index} (an index scan names it after "using", a bitmap index scan after
         * "on"), and that no plan scans a table sequentially.
         */
        private void assertIndexOnly(Runnable read, String index) {
            List<String> plans = serverPlans.plansOf(read);
            String all = String.join("\n", plans);

            assertThat(plans).isNotEmpty();
            assertThat(all).containsPattern("(using|on) " + index + " ");
            assertThat(all).doesNotContain("Seq Scan");
        }
    }

    /**
     * Resolves queued lines while the queue's statistics are those of an empty table, as after the
     * first imports into a new schema and before autovacuum analyzes the queue. The table then has
     * {@value #OPEN_LINES} open lines of one company, and autovacuum is off for it, so that the
     * statistics stay stale. Every resolution must find its lines through the primary key, because
     * the partial index of open lines has only {@code company_id} as its index condition here, and
     * a scan of it reads every open line of the company.
     */
    @Nested
    class QueueResolutionPlans {

        private static final int OPEN_LINES = 2_000;

        private ServerPlans serverPlans;
        private Stores stores;

        @BeforeEach
        void fillQueueAfterAnalyze() throws SQLException {
            try (Connection connection = DATABASE.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        "ALTER TABLE tahsilat_reconciliation_queue"
                                + " SET (autovacuum_enabled = false)");
                statement.execute("ANALYZE tahsilat_reconciliation_queue");
                statement.execute(
                        "INSERT INTO tahsilat_reconciliation_queue (company_id, entry_key,"
                                + " statement_id, account_id, booking_date, amount_minor,"
                                + " currency, charges_minor, suggestion_invoice_ids,"
                                + " suggestion_scores, suggestion_rules, suggestion_explanations,"
                                + " queued_actor_kind, queued_actor_id, queued_at)"
                                + " SELECT "
                                + COMPANY_SQL
                                + ", 'entry-' || g, 'statement-' || (g / 100),"
                                + " 'account-' || (g % 10), DATE '2025-01-01' + g / 10, 100,"
                                + " 'EUR', 0, '{}', '{}', '{}', '{}', 'SYSTEM', 'test', now()"
                                + " FROM generate_series(1, "
                                + OPEN_LINES
                                + ") g");
            }
            serverPlans = new ServerPlans(DATABASE.dataSource());
            stores = JdbcStores.create(serverPlans.dataSource(), JdbcOptions.defaults());
        }

        @AfterEach
        void turnAutovacuumOn() throws SQLException {
            try (Connection connection = DATABASE.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        "ALTER TABLE tahsilat_reconciliation_queue RESET (autovacuum_enabled)");
            }
        }

        @Test
        void resolveAllOfUnqueuedKeysUsesPrimaryKey() {
            List<String> plans =
                    serverPlans.plansOf(
                            () ->
                                    stores.reconciliationQueue()
                                            .resolveAll(
                                                    COMPANY,
                                                    List.of("missing-reference", "missing-content"),
                                                    resolution()));

            assertPrimaryKeyOnly(plans);
        }

        @Test
        void resolveAllOfQueuedKeysUsesPrimaryKey() {
            List<String> plans =
                    serverPlans.plansOf(
                            () ->
                                    assertThat(
                                                    stores.reconciliationQueue()
                                                            .resolveAll(
                                                                    COMPANY,
                                                                    List.of(
                                                                            "entry-7",
                                                                            "entry-1500"),
                                                                    resolution()))
                                            .containsOnlyKeys("entry-7", "entry-1500"));

            assertPrimaryKeyOnly(plans);
        }

        @Test
        void resolveOfQueuedKeyUsesPrimaryKey() {
            List<String> plans =
                    serverPlans.plansOf(
                            () ->
                                    assertThat(
                                                    stores.reconciliationQueue()
                                                            .resolve(
                                                                    COMPANY,
                                                                    "entry-42",
                                                                    resolution()))
                                            .isPresent());

            assertPrimaryKeyOnly(plans);
        }

        @Test
        void resolvedLineLeavesOpenPages() {
            stores.reconciliationQueue().resolve(COMPANY, "entry-1", resolution());

            Page<QueuedLineRecord> page =
                    stores.reconciliationQueue().open(COMPANY, PageRequest.first(OPEN_LINES));

            assertThat(page.items()).hasSize(OPEN_LINES - 1);
            assertThat(page.items())
                    .extracting(QueuedLineRecord::entryKey)
                    .doesNotContain("entry-1");
        }

        @Test
        void resolvedLineIsNotResolvedAgain() {
            stores.reconciliationQueue().resolve(COMPANY, "entry-1", resolution());

            assertThat(stores.reconciliationQueue().resolve(COMPANY, "entry-1", resolution()))
                    .isEmpty();
            assertThat(
                            stores.reconciliationQueue()
                                    .resolveAll(COMPANY, List.of("entry-1"), resolution()))
                    .isEmpty();
        }

        private QueueResolution resolution() {
            return new QueueResolution(
                    QueueResolutionKind.BOOKED_BY_IMPORT,
                    new WriteStamp(Actor.system("import"), Instant.parse("2026-03-02T10:15:30Z")),
                    Optional.of("booked by statement S1"));
        }

        /**
         * Checks that the store ran a statement and that every plan reads the primary key with both
         * of its columns, because a primary key scan on {@code company_id} alone also reads every
         * line of the company.
         */
        private void assertPrimaryKeyOnly(List<String> plans) {
            String all = String.join("\n", plans);

            assertThat(plans).isNotEmpty();
            assertThat(all).contains("using tahsilat_reconciliation_queue_pkey ");
            assertThat(all).doesNotContain("tahsilat_reconciliation_queue_open_idx");
            assertThat(all).doesNotContain("Seq Scan");
            for (String plan : plans) {
                assertThat(plan)
                        .containsPattern(
                                "Index Cond: \\(\\(company_id = .*\\) AND \\(entry_key = ");
            }
        }
    }
}

package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.spi.CounterpartyBucket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Checks that PostgreSQL runs the work-unit queries through the indexes of migration V6: the
 * queries repeat the indexes' expressions and predicates, so the planner can match them. The
 * invoice and dunning tables get 20,000 rows of one company, written in SQL and analyzed, so that
 * each index is the cheapest path for its query. Sequential scans are switched off. The batch reads
 * of invoice numbers and queued entry keys are checked to use the primary keys, and the batch read
 * of dunning records the unique key on item and level, and those of blocks and promises their item
 * indexes. The queue, block and promise tables are empty for their checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitQueryPlanTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final int ROWS = 20_000;
    private static final UUID COMPANY = UUID.randomUUID();

    /**
     * Writes open invoices of 2,000 counterparties, all due before 2026, and pending dunning
     * records whose leases expire one second apart from 2026-01-01.
     */
    @BeforeAll
    void fillTables() throws SQLException {
        String invoices =
                "INSERT INTO tahsilat_invoice (company_id, id, version, direction, number,"
                        + " counterparty_id, currency, issue_date, due_date, price_basis,"
                        + " totals_net, totals_gross, totals_withheld, totals_receivable,"
                        + " outstanding, settled, credited, written_off, status,"
                        + " last_dunning_level, last_write_actor_kind, last_write_actor_id,"
                        + " last_write_at)"
                        + " SELECT ?, md5('invoice-' || g)::uuid, 1, 'RECEIVABLE', 'INV-' || g,"
                        + " md5('customer-' || (g % 2000))::uuid, 'EUR', DATE '2025-01-01',"
                        + " DATE '2025-02-01' + (g % 300), 'VAT_EXCLUSIVE', 100, 100, 0, 100,"
                        + " 100, 0, 0, 0, 'OPEN', 0, 'SYSTEM', 'test', now()"
                        + " FROM generate_series(1, ?) g";
        String records =
                "INSERT INTO tahsilat_dunning_record (company_id, id, version, item_id, level,"
                        + " counterparty_id, run_key, as_of, invoice_number, due_date,"
                        + " days_past_due, currency, outstanding, fee, fee_booked, status,"
                        + " done_channels, last_write_actor_kind, last_write_actor_id,"
                        + " last_write_at, lease_expiry)"
                        + " SELECT ?, md5('record-' || g)::uuid, 1, md5('invoice-' || g)::uuid, 1,"
                        + " md5('customer-' || (g % 2000))::uuid, '2025-12-31', DATE '2025-12-31',"
                        + " 'INV-' || g, DATE '2025-02-01', 30, 'EUR', 100, 0, false, 'CLAIMED',"
                        + " '{}', 'SYSTEM', 'test', now(),"
                        + " TIMESTAMPTZ '2026-01-01 00:00:00+00' + g * INTERVAL '1 second'"
                        + " FROM generate_series(1, ?) g";
        try (Connection connection = DATABASE.dataSource().getConnection()) {
            for (String sql : List.of(invoices, records)) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setObject(1, COMPANY);
                    statement.setInt(2, ROWS);
                    statement.executeUpdate();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE tahsilat_invoice");
                statement.execute("ANALYZE tahsilat_dunning_record");
            }
        }
    }

    @Test
    void bucketReadUsesHashIndex() throws SQLException {
        CounterpartyBucket bucket = new CounterpartyBucket(5, 64);

        String plan =
                plan(
                        JdbcInvoiceStore.bucketQuery("tahsilat_invoice"),
                        COMPANY,
                        bucket.fromHash(),
                        bucket.toHash(),
                        LocalDate.of(2026, 1, 1));

        assertThat(plan).contains("tahsilat_invoice_open_counterparty_hash_idx");
    }

    @Test
    void retryableReadUsesLeaseIndex() throws SQLException {
        String plan =
                plan(
                        JdbcDunningStore.retryableQuery("tahsilat_dunning_record"),
                        COMPANY,
                        OffsetDateTime.ofInstant(
                                Instant.parse("2026-01-01T00:00:10Z"), ZoneOffset.UTC));

        assertThat(plan).contains("tahsilat_dunning_record_lease_idx");
    }

    @Test
    void numbersReadUsesPrimaryKey() throws SQLException {
        String plan =
                plan(
                        JdbcInvoiceStore.numbersQuery("tahsilat_invoice"),
                        COMPANY,
                        new UUID[] {UUID.randomUUID(), UUID.randomUUID()});

        assertThat(plan).contains("tahsilat_invoice_pkey");
    }

    @Test
    void claimsOfItemsReadUsesItemLevelKey() throws SQLException {
        String plan =
                plan(
                        JdbcDunningStore.ofItemsQuery("tahsilat_dunning_record"),
                        COMPANY,
                        new UUID[] {UUID.randomUUID(), UUID.randomUUID()});

        assertThat(plan).contains("tahsilat_dunning_record_item_level_key");
    }

    @Test
    void blocksOfItemsReadUsesItemIndex() throws SQLException {
        String plan =
                plan(
                        JdbcDunningStore.blocksOfItemsQuery("tahsilat_dunning_block"),
                        COMPANY,
                        new UUID[] {UUID.randomUUID(), UUID.randomUUID()});

        assertThat(plan).contains("tahsilat_dunning_block_item_idx");
    }

    @Test
    void promisesOfItemsReadUsesItemIndex() throws SQLException {
        String plan =
                plan(
                        JdbcDunningStore.promisesOfItemsQuery("tahsilat_promise_to_pay"),
                        COMPANY,
                        new UUID[] {UUID.randomUUID(), UUID.randomUUID()});

        assertThat(plan).contains("tahsilat_promise_to_pay_item_idx");
    }

    @Test
    void queuedKeysReadUsesPrimaryKey() throws SQLException {
        String plan =
                plan(
                        JdbcReconciliationQueueStore.queuedKeysQuery(
                                "tahsilat_reconciliation_queue"),
                        COMPANY,
                        new String[] {"ref:TR01:1", "ref:TR01:2"});

        assertThat(plan).contains("tahsilat_reconciliation_queue_pkey");
    }

    private static String plan(String sql, Object... values) throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("RESET enable_seqscan");
                }
            }
            return plan.toString();
        }
    }
}

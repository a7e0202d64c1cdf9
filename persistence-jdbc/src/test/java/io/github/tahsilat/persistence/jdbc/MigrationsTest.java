package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.CreditDocumentKind;
import io.github.tahsilat.persistence.spi.record.CreditDocumentRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The migrations under a table prefix, through Flyway and as plain SQL. */
class MigrationsTest {

    @RegisterExtension
    static final PostgresFixture DATABASE =
            PostgresFixture.ownDatabase(JdbcOptions.defaults().withTablePrefix("ar_"));

    private static final WriteStamp STAMP =
            new WriteStamp(Actor.user("test-user"), Instant.parse("2026-03-02T10:15:30Z"));

    private static CreditDocumentRecord note(UUID company, String number) {
        return new CreditDocumentRecord(
                company,
                UUID.randomUUID(),
                0,
                CreditDocumentKind.CREDIT_NOTE,
                Direction.RECEIVABLE,
                number,
                UUID.randomUUID(),
                Optional.empty(),
                Optional.empty(),
                LocalDate.of(2026, 3, 2),
                "TRY",
                new BigDecimal("50.00"),
                new BigDecimal("50.00"),
                Optional.empty(),
                STAMP);
    }

    private static List<String> tables(String pattern) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DATABASE.dataSource().getConnection();
                PreparedStatement statement =
                        connection.prepareStatement(
                                "SELECT table_name FROM information_schema.tables"
                                        + " WHERE table_name LIKE ? ORDER BY table_name")) {
            statement.setString(1, pattern);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    /** Writes a note twice under one number and checks the constraint maps by its prefixed name. */
    private static void assertStoresWork(Stores stores) {
        UUID company = UUID.randomUUID();
        CreditDocumentRecord stored =
                stores.creditDocuments().insert(company, note(company, "CN-1"));

        assertThat(stores.creditDocuments().find(company, stored.id())).contains(stored);
        assertThatThrownBy(() -> stores.creditDocuments().insert(company, note(company, "CN-1")))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class,
                        e -> {
                            assertThat(e.keyName()).isEqualTo("number");
                            assertThat(e.keyValue()).isEqualTo("RECEIVABLE/CREDIT_NOTE/CN-1");
                        });
    }

    @Nested
    class Flyway {

        @Test
        void tablesCarryPrefix() throws SQLException {
            assertThat(tables("ar\\_%"))
                    .contains(
                            "ar_company",
                            "ar_invoice",
                            "ar_event",
                            "ar_payment",
                            "ar_ledger_entry",
                            "ar_payment_plan",
                            "ar_reconciliation_queue",
                            "ar_schema_history");
            assertThat(tables("tahsilat\\_%")).isEmpty();
        }

        @Test
        void invoiceEntriesIndexed() throws SQLException {
            List<String> definitions = new ArrayList<>();
            try (Connection connection = DATABASE.dataSource().getConnection();
                    PreparedStatement statement =
                            connection.prepareStatement(
                                    "SELECT indexdef FROM pg_indexes WHERE indexname = ?")) {
                statement.setString(1, "ar_ledger_entry_invoice_idx");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        definitions.add(rows.getString(1));
                    }
                }
            }

            assertThat(definitions).hasSize(1);
            assertThat(definitions.get(0)).contains("(company_id, invoice_id, sequence)");
        }

        @Test
        void accountChargesIndexed() throws SQLException {
            List<String> definitions = new ArrayList<>();
            try (Connection connection = DATABASE.dataSource().getConnection();
                    PreparedStatement statement =
                            connection.prepareStatement(
                                    "SELECT indexdef FROM pg_indexes WHERE indexname = ?")) {
                statement.setString(1, "ar_ledger_entry_account_charged_idx");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        definitions.add(rows.getString(1));
                    }
                }
            }

            assertThat(definitions).hasSize(1);
            assertThat(definitions.get(0))
                    .contains("(company_id, counterparty_id, currency, invoice_id)");
            assertThat(definitions.get(0)).contains("'FEE'");
        }

        @Test
        void openQueuedLinesIndexed() throws SQLException {
            List<String> definitions = new ArrayList<>();
            try (Connection connection = DATABASE.dataSource().getConnection();
                    PreparedStatement statement =
                            connection.prepareStatement(
                                    "SELECT indexdef FROM pg_indexes WHERE indexname = ?")) {
                statement.setString(1, "ar_reconciliation_queue_open_idx");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        definitions.add(rows.getString(1));
                    }
                }
            }

            assertThat(definitions).hasSize(1);
            assertThat(definitions.get(0))
                    .contains("(company_id, booking_date, entry_key COLLATE \"C\")");
            assertThat(definitions.get(0)).contains("WHERE (resolution_kind IS NULL)");
        }

        @Test
        void secondMigrateAppliesNothing() {
            assertThat(JdbcMigrations.migrate(DATABASE.dataSource(), DATABASE.options())).isZero();
        }

        @Test
        void prefixedStoresMapConstraints() {
            assertStoresWork(JdbcStores.create(DATABASE.dataSource(), DATABASE.options()));
        }
    }

    @Nested
    class PlainSql {

        @Test
        void scriptRunsWithoutFlyway() throws SQLException, IOException {
            for (String file :
                    List.of(
                            "V1__create_tables.sql",
                            "V2__payments_allocations_ledger_instruments.sql")) {
                String script;
                try (InputStream in =
                        MigrationsTest.class.getResourceAsStream(
                                "/db/migration/tahsilat/" + file)) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                try (Connection connection = DATABASE.dataSource().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute(script.replace("${prefix}", "plain_"));
                }
            }
            JdbcOptions options = JdbcOptions.defaults().withTablePrefix("plain_");

            assertThat(tables("plain\\_%"))
                    .contains("plain_invoice", "plain_event_counter", "plain_ledger_counter");
            assertStoresWork(JdbcStores.create(DATABASE.dataSource(), options));
        }
    }

    @Nested
    class MatchingKeys {

        private void runScripts(String prefix, List<String> files) throws Exception {
            for (String file : files) {
                String script;
                try (InputStream in =
                        MigrationsTest.class.getResourceAsStream(
                                "/db/migration/tahsilat/" + file)) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                try (Connection connection = DATABASE.dataSource().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute(script.replace("${prefix}", prefix));
                }
            }
        }

        @Test
        void versionNineFillsKeysOfOldRows() throws Exception {
            runScripts(
                    "old_",
                    List.of(
                            "V1__create_tables.sql",
                            "V2__payments_allocations_ledger_instruments.sql",
                            "V3__dunning.sql",
                            "V4__bank_entries.sql"));
            UUID company = UUID.randomUUID();
            UUID counterparty = UUID.randomUUID();
            UUID invoice = UUID.randomUUID();
            try (Connection connection = DATABASE.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        "INSERT INTO old_counterparty (company_id, id, version, kind, name,"
                                + " locale_tag, on_hold, natural_person, erasure_state,"
                                + " last_write_actor_kind, last_write_actor_id, last_write_at)"
                                + " VALUES ('"
                                + company
                                + "', '"
                                + counterparty
                                + "', 1, 'CUSTOMER', 'Öz-Ünlü Ltd. Şti.', 'tr-TR', false,"
                                + " false, 'NONE', 'USER', 'u', now())");
                statement.execute(
                        "INSERT INTO old_invoice (company_id, id, version, direction, number,"
                                + " counterparty_id, currency, issue_date, due_date,"
                                + " price_basis, totals_net, totals_gross, totals_withheld,"
                                + " totals_receivable, outstanding, settled, credited,"
                                + " written_off, status, last_dunning_level,"
                                + " external_reference, last_write_actor_kind,"
                                + " last_write_actor_id, last_write_at) VALUES ('"
                                + company
                                + "', '"
                                + invoice
                                + "', 1, 'RECEIVABLE', 'inv-000123', '"
                                + counterparty
                                + "', 'TRY', DATE '2026-03-01', DATE '2026-03-31',"
                                + " 'VAT_EXCLUSIVE', 150.00, 150.00, 0.00, 150.00, 150.00,"
                                + " 0.00, 0.00, 0.00, 'OPEN', 0, 'rf18 5390 0754 7034',"
                                + " 'USER', 'u', now())");
            }

            runScripts("old_", List.of("V9__matching_keys.sql"));
            Stores stores =
                    JdbcStores.create(
                            DATABASE.dataSource(), JdbcOptions.defaults().withTablePrefix("old_"));

            assertThat(stores.counterparties().findByNameKey(company, "OZ UNLU LTD STI"))
                    .extracting(CounterpartyRecord::id)
                    .containsExactly(counterparty);
            assertThat(stores.invoices().openReceivablesByNumberKey(company, List.of("INV123")))
                    .extracting(InvoiceRecord::id)
                    .containsExactly(invoice);
            assertThat(
                            stores.invoices()
                                    .openReceivablesByReferenceKey(
                                            company, List.of("RF18539007547034")))
                    .extracting(InvoiceRecord::id)
                    .containsExactly(invoice);
            assertThat(
                            stores.invoices()
                                    .openReceivablesByAmount(
                                            company, null, "TRY", 15_000, 15_000, 5))
                    .extracting(InvoiceRecord::id)
                    .containsExactly(invoice);
        }
    }

    @Nested
    class PlanItems {

        private void runScripts(String prefix, List<String> files) throws Exception {
            for (String file : files) {
                String script;
                try (InputStream in =
                        MigrationsTest.class.getResourceAsStream(
                                "/db/migration/tahsilat/" + file)) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                try (Connection connection = DATABASE.dataSource().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute(script.replace("${prefix}", prefix));
                }
            }
        }

        private static void insertPlan(
                Statement statement, UUID company, UUID plan, String date, String status, UUID item)
                throws SQLException {
            statement.execute(
                    "INSERT INTO old10_payment_plan (company_id, id, version, request_key,"
                            + " counterparty_id, plan_date, currency, item_ids, restructured,"
                            + " interest, installment_numbers, installment_due_dates,"
                            + " installment_amounts, grace_days, status, closed_on,"
                            + " last_write_actor_kind, last_write_actor_id, last_write_at)"
                            + " VALUES ('"
                            + company
                            + "', '"
                            + plan
                            + "', 1, '"
                            + plan
                            + "', gen_random_uuid(), DATE '"
                            + date
                            + "', 'TRY', ARRAY['"
                            + item
                            + "'], 100.00, 0.00, ARRAY['1'], ARRAY['2026-04-01'],"
                            + " ARRAY['100.00'], 0, '"
                            + status
                            + "', "
                            + (status.equals("ACTIVE") ? "NULL" : "DATE '" + date + "'")
                            + ", 'USER', 'u', now())");
        }

        private static List<UUID> claimsOf(UUID company, UUID item) throws SQLException {
            List<UUID> plans = new ArrayList<>();
            try (Connection connection = DATABASE.dataSource().getConnection();
                    PreparedStatement statement =
                            connection.prepareStatement(
                                    "SELECT plan_id FROM old10_payment_plan_item"
                                            + " WHERE company_id = ? AND item_id = ?")) {
                statement.setObject(1, company);
                statement.setObject(2, item);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        plans.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return plans;
        }

        @Test
        void versionTenClaimsItemsOfActivePlans() throws Exception {
            runScripts(
                    "old10_",
                    List.of(
                            "V1__create_tables.sql",
                            "V2__payments_allocations_ledger_instruments.sql",
                            "V3__dunning.sql",
                            "V4__bank_entries.sql",
                            "V5__payment_plans.sql"));
            UUID company = UUID.randomUUID();
            UUID shared = UUID.randomUUID();
            UUID cancelledItem = UUID.randomUUID();
            UUID earlier = UUID.randomUUID();
            UUID later = UUID.randomUUID();
            UUID cancelled = UUID.randomUUID();
            try (Connection connection = DATABASE.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                insertPlan(statement, company, later, "2026-03-05", "ACTIVE", shared);
                insertPlan(statement, company, earlier, "2026-03-01", "ACTIVE", shared);
                insertPlan(statement, company, cancelled, "2026-03-01", "CANCELLED", cancelledItem);
            }

            runScripts("old10_", List.of("V10__payment_plan_items.sql"));

            assertThat(claimsOf(company, shared)).containsExactly(earlier);
            assertThat(claimsOf(company, cancelledItem)).isEmpty();
        }
    }
}

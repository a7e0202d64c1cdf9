package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Looks up match candidates, and whole open receivables, by 1,000 keys in a company of {@value
 * #INVOICES} open receivables, after {@code ANALYZE}, as an import does with the keys of its lines'
 * remittance texts. Each look-up must read the keys' partial index and never scan the invoice
 * table, because a scan reads every invoice of the company for every 1,000 keys.
 */
class MatchCandidatePlansOnPostgresTest {

    @RegisterExtension
    static final PostgresFixture DATABASE = PostgresFixture.ownDatabase(JdbcOptions.defaults());

    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static final int INVOICES = 20_000;

    /** The keys per look-up, as many as the engine sends in one call. */
    private static final int KEYS = 1_000;

    /** One key in this many names an invoice, and the others are words of the texts. */
    private static final int KEYS_PER_MATCH = 7;

    private static ServerPlans serverPlans;
    private static Stores stores;

    @BeforeAll
    static void insertInvoices() throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO tahsilat_invoice (company_id, id, version, direction, number,"
                            + " counterparty_id, currency, issue_date, due_date, price_basis,"
                            + " totals_net, totals_gross, totals_withheld, totals_receivable,"
                            + " outstanding, settled, credited, written_off, status,"
                            + " last_dunning_level, external_reference, last_write_actor_kind,"
                            + " last_write_actor_id, last_write_at, number_key, reference_key,"
                            + " outstanding_minor)"
                            + " SELECT '"
                            + COMPANY
                            + "'::uuid, md5('invoice-' || g)::uuid, 1, 'RECEIVABLE', 'INV-' || g,"
                            + " md5('customer-' || (g % 1000))::uuid, 'EUR', DATE '2026-01-01',"
                            + " DATE '2026-01-01' + g % 90, 'VAT_EXCLUSIVE', 100, 100, 0, 100, 100, 0, 0,"
                            + " 0, 'OPEN', 0, 'RF' || g, 'SYSTEM', 'test', now(), 'INV' || g,"
                            + " 'RF' || g, 10000"
                            + " FROM generate_series(1, "
                            + INVOICES
                            + ") g");
            statement.execute("ANALYZE tahsilat_invoice");
        }
        serverPlans = new ServerPlans(DATABASE.dataSource());
        stores = JdbcStores.create(serverPlans.dataSource(), JdbcOptions.defaults());
    }

    /**
     * Returns the plans of the statements that {@code reads} ran, without the store's one-time read
     * of {@code plan_cache_mode} on a connection it has not used before.
     */
    private List<String> storePlansOf(Runnable reads) {
        return serverPlans.plansOf(reads).stream()
                .filter(plan -> !plan.contains("pg_catalog.pg_settings"))
                .toList();
    }

    /** Returns {@value #KEYS} keys, one in {@value #KEYS_PER_MATCH} of them {@code prefix + n}. */
    private static List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            keys.add(i % KEYS_PER_MATCH == 0 ? prefix + (i * 3 + 1) : "WORD" + i);
        }
        return keys;
    }

    @Test
    void numberKeysUseNumberIndex() {
        List<String> plans =
                storePlansOf(
                        () -> stores.invoices().matchCandidatesByNumberKey(COMPANY, keys("INV")));
        String all = String.join("\n", plans);

        assertThat(plans).hasSize(1);
        assertThat(all).contains("using tahsilat_invoice_match_number_idx");
        assertThat(all).doesNotContain("Seq Scan");
    }

    @Test
    void referenceKeysUseReferenceIndex() {
        List<String> plans =
                storePlansOf(
                        () -> stores.invoices().matchCandidatesByReferenceKey(COMPANY, keys("RF")));
        String all = String.join("\n", plans);

        assertThat(plans).hasSize(1);
        assertThat(all).contains("using tahsilat_invoice_match_reference_idx");
        assertThat(all).doesNotContain("Seq Scan");
    }

    @Test
    void recordsByNumberKeyUseNumberIndex() {
        List<String> plans =
                storePlansOf(
                        () -> stores.invoices().openReceivablesByNumberKey(COMPANY, keys("INV")));
        String all = String.join("\n", plans);

        assertThat(plans).hasSize(1);
        assertThat(all).contains("using tahsilat_invoice_match_number_idx");
        assertThat(all).doesNotContain("Seq Scan on tahsilat_invoice ");
    }

    @Test
    void recordsByReferenceKeyUseReferenceIndex() {
        List<String> plans =
                storePlansOf(
                        () -> stores.invoices().openReceivablesByReferenceKey(COMPANY, keys("RF")));
        String all = String.join("\n", plans);

        assertThat(plans).hasSize(1);
        assertThat(all).contains("using tahsilat_invoice_match_reference_idx");
        assertThat(all).doesNotContain("Seq Scan on tahsilat_invoice ");
    }

    @Test
    void numberKeysReturnMatchesByDueDate() {
        List<MatchCandidateView> found =
                stores.invoices().matchCandidatesByNumberKey(COMPANY, keys("INV"));

        int expected = (KEYS + KEYS_PER_MATCH - 1) / KEYS_PER_MATCH;
        assertThat(found).hasSize(expected);
        assertThat(found).extracting(MatchCandidateView::number).doesNotHaveDuplicates();
        assertThat(found)
                .extracting(MatchCandidateView::dueEpochDay)
                .isSortedAccordingTo(Integer::compare);
    }
}

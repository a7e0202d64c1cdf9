package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.record.ContactDetails;
import io.github.tahsilat.persistence.spi.record.CounterpartyKind;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.Erasure;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Look-ups by more ids or keys than {@link Sql#ANY_CHUNK_SIZE}. A read outside a transaction runs
 * in autocommit mode, where pgjdbc ignores the fetch size and reads the whole result into memory,
 * so such a look-up must not run as one autocommit statement over all of its keys.
 */
class LargeKeyReadsOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final WriteStamp STAMP =
            new WriteStamp(
                    new Actor(ActorKind.SYSTEM, "test"), Instant.parse("2026-03-02T09:00:00Z"));

    private final CountingDataSource counting = new CountingDataSource(DATABASE.dataSource());
    private final Stores stores = JdbcStores.create(counting, DATABASE.options());
    private final UUID company = UUID.randomUUID();

    @BeforeEach
    void registerCompany() {
        Tahsilat engine = PostgresFixture.engine(stores, STAMP.at());
        PostgresFixture.registerCompany(engine, new CompanyId(company), RoundingMode.HALF_UP);
        counting.reset();
    }

    private CounterpartyRecord firm(String name) {
        return new CounterpartyRecord(
                company,
                UUID.randomUUID(),
                0,
                CounterpartyKind.BOTH,
                name,
                Optional.empty(),
                List.of(),
                "tr-TR",
                Optional.empty(),
                false,
                Optional.empty(),
                ContactDetails.NONE,
                false,
                Erasure.NONE,
                Optional.empty(),
                STAMP);
    }

    private BankEntryRecord entry(String key) {
        return new BankEntryRecord(
                company,
                key,
                "STMT-1",
                "TR330006100519786457841326",
                LocalDate.of(2026, 3, 2),
                12_550,
                "TRY",
                Optional.empty(),
                BankEntryDecision.IGNORED,
                Optional.empty(),
                STAMP);
    }

    @Test
    void counterpartyIdsReadInChunks() {
        List<CounterpartyRecord> stored = new ArrayList<>();
        for (String name : List.of("Anadolu Tekstil", "Ege Boya", "Marmara Gıda")) {
            stored.add(stores.counterparties().insert(company, firm(name)));
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 2 * Sql.ANY_CHUNK_SIZE + 500; i++) {
            ids.add(UUID.randomUUID());
        }
        ids.set(0, stored.get(0).id());
        ids.set(Sql.ANY_CHUNK_SIZE + 10, stored.get(1).id());
        ids.set(ids.size() - 1, stored.get(2).id());
        ids.add(stored.get(1).id());
        counting.reset();

        Map<UUID, CounterpartyRecord> found = stores.counterparties().findAll(company, ids);

        assertThat(found).hasSize(3);
        for (CounterpartyRecord record : stored) {
            assertThat(found).containsEntry(record.id(), record);
        }
        assertThat(counting.executions(sql -> sql.contains("ANY(?)"))).isEqualTo(3);
    }

    @Test
    void counterpartyIdsOfOneChunkCommitNothing() {
        CounterpartyRecord stored = stores.counterparties().insert(company, firm("Ege Boya"));
        counting.reset();

        Map<UUID, CounterpartyRecord> found =
                stores.counterparties().findAll(company, List.of(stored.id(), UUID.randomUUID()));

        assertThat(found).containsExactly(Map.entry(stored.id(), stored));
        assertThat(counting.executions(sql -> true)).isEqualTo(1);
        assertThat(counting.commits()).isZero();
    }

    @Test
    void manyEntryKeysReadInTransaction() {
        BankEntryRecord first = stores.bankEntries().insert(company, entry("sha256:aa#1"));
        BankEntryRecord last = stores.bankEntries().insert(company, entry("sha256:zz#1"));
        List<String> keys = new ArrayList<>();
        keys.add(first.entryKey());
        for (int i = 0; i < Sql.ANY_CHUNK_SIZE; i++) {
            keys.add("sha256:" + i + "#1");
        }
        keys.add(last.entryKey());
        counting.reset();

        List<BankEntryRecord> found = stores.bankEntries().findAll(company, keys);

        assertThat(found).containsExactly(first, last);
        assertThat(counting.commits()).isEqualTo(1);
    }

    @Test
    void fewEntryKeysCommitNothing() {
        BankEntryRecord stored = stores.bankEntries().insert(company, entry("sha256:aa#1"));
        counting.reset();

        List<BankEntryRecord> found =
                stores.bankEntries().findAll(company, List.of(stored.entryKey(), "sha256:bb#1"));

        assertThat(found).containsExactly(stored);
        assertThat(counting.commits()).isZero();
    }

    /** Inserts open receivables numbered {@code INV-n}, due {@code n} days after 1 March 2026. */
    private void insertInvoices(int... numbers) throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection();
                PreparedStatement statement =
                        connection.prepareStatement(
                                "INSERT INTO tahsilat_invoice (company_id, id, version, direction,"
                                        + " number, counterparty_id, currency, issue_date, due_date,"
                                        + " price_basis, totals_net, totals_gross, totals_withheld,"
                                        + " totals_receivable, outstanding, settled, credited,"
                                        + " written_off, status, last_dunning_level,"
                                        + " external_reference, last_write_actor_kind,"
                                        + " last_write_actor_id, last_write_at, number_key,"
                                        + " reference_key, outstanding_minor)"
                                        + " SELECT ?, gen_random_uuid(), 1, 'RECEIVABLE',"
                                        + " 'INV-' || n, gen_random_uuid(), 'TRY',"
                                        + " DATE '2026-03-01', DATE '2026-03-01' + n, 'NET', 100,"
                                        + " 100, 0, 100, 100, 0, 0, 0, 'OPEN', 0, 'RF' || n,"
                                        + " 'SYSTEM', 'test', now(), 'INV' || n, 'RF' || n, 10000"
                                        + " FROM unnest(?::int[]) AS number(n)")) {
            statement.setObject(1, company);
            statement.setArray(
                    2,
                    connection.createArrayOf("integer", Arrays.stream(numbers).boxed().toArray()));
            statement.executeUpdate();
        }
    }

    @Test
    void manyInvoiceKeysReadInTransaction() throws SQLException {
        insertInvoices(1, 1_200);
        List<String> numberKeys = new ArrayList<>();
        List<String> referenceKeys = new ArrayList<>();
        for (int n = 1; n <= Sql.ANY_CHUNK_SIZE + 500; n++) {
            numberKeys.add("INV" + n);
            referenceKeys.add("RF" + n);
        }

        List<MatchCandidateView> byNumber =
                stores.invoices().matchCandidatesByNumberKey(company, numberKeys);

        assertThat(byNumber)
                .extracting(MatchCandidateView::number)
                .containsExactly("INV-1", "INV-1200");
        assertThat(counting.commits()).isEqualTo(1);

        List<MatchCandidateView> byReference =
                stores.invoices().matchCandidatesByReferenceKey(company, referenceKeys);

        assertThat(byReference).isEqualTo(byNumber);
        assertThat(counting.commits()).isEqualTo(2);
    }

    @Test
    void fewInvoiceKeysCommitNothing() throws SQLException {
        insertInvoices(7);

        List<MatchCandidateView> found =
                stores.invoices().matchCandidatesByNumberKey(company, List.of("INV7", "INV8"));

        assertThat(found).extracting(MatchCandidateView::number).containsExactly("INV-7");
        assertThat(counting.commits()).isZero();
    }
}

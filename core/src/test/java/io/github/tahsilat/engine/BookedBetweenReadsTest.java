package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.ReconciliationFixture.ACCOUNT;
import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.BankEntryStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.reconciliation.AlreadyBookedLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An import reports as already booked, and does not queue, a line that a parallel import booked
 * after this import first read the stored entries. The parallel booking is stored right after the
 * import's first read of the bank-entry store.
 */
class BookedBetweenReadsTest {

    private final Stores memory = InMemoryStores.create();
    private final BookingAfterFirstRead bankEntries =
            new BookingAfterFirstRead(memory.bankEntries());
    private final ReconciliationFixture fixture =
            new ReconciliationFixture(withBankEntries(memory, bankEntries), CompanyId.random());

    @Test
    void notificationLineBookedMeanwhileByStatement() {
        BankLine notified = credit("10.00").remittanceText("no invoice named").build();
        BankLine stated =
                credit("10.00")
                        .remittanceText("no invoice named")
                        .accountServicerReference("ASR-7")
                        .build();
        bankEntries.parallelBooking = BankEntryKey.of(stated, 1).keysToRecord();

        ReconciliationResult result = fixture.importLines("NTFCTN-1", List.of(notified));

        assertThat(result.unmatched()).isEmpty();
        assertThat(result.alreadyBooked())
                .extracting(AlreadyBookedLine::key)
                .containsExactly(BankEntryKey.of(notified, 1));
        assertThat(result.alreadyBooked().get(0).reason()).contains("STMT-PARALLEL");
        assertThat(openQueue()).isEmpty();
    }

    @Test
    void statementLineBookedMeanwhileUnderReference() {
        BankLine stated =
                credit("10.00")
                        .remittanceText("no invoice named")
                        .accountServicerReference("ASR-7")
                        .build();
        bankEntries.parallelBooking = BankEntryKey.of(stated, 1).keysToRecord();

        ReconciliationResult result = fixture.importLines("STMT-1", List.of(stated));

        assertThat(result.unmatched()).isEmpty();
        assertThat(result.alreadyBooked())
                .extracting(AlreadyBookedLine::key)
                .containsExactly(BankEntryKey.of(stated, 1));
        assertThat(openQueue()).isEmpty();
    }

    @Test
    void lineBookedUnderOtherContentStaysUnmatched() {
        BankLine notified = credit("10.00").remittanceText("no invoice named").build();
        BankLine other =
                credit("11.00")
                        .remittanceText("no invoice named")
                        .accountServicerReference("ASR-7")
                        .build();
        bankEntries.parallelBooking = BankEntryKey.of(other, 1).keysToRecord();

        ReconciliationResult result = fixture.importLines("NTFCTN-1", List.of(notified));

        assertThat(result.alreadyBooked()).isEmpty();
        assertThat(result.unmatched()).hasSize(1);
        assertThat(openQueue()).hasSize(1);
    }

    private List<?> openQueue() {
        return fixture.reconciliation.openQueue(fixture.companyId, PageRequest.first(10)).items();
    }

    private static Stores withBankEntries(Stores stores, BankEntryStore bankEntries) {
        return new Stores(
                stores.companies(),
                stores.counterparties(),
                stores.invoices(),
                stores.creditDocuments(),
                stores.events(),
                stores.payments(),
                stores.allocations(),
                stores.ledger(),
                stores.instruments(),
                stores.dunning(),
                bankEntries,
                stores.reconciliationQueue(),
                stores.paymentPlans(),
                stores.transactions());
    }

    /**
     * A bank-entry store that, right after its first {@code findAll}, stores the keys of {@link
     * #parallelBooking} as a parallel import of statement {@code STMT-PARALLEL} would.
     */
    private static final class BookingAfterFirstRead implements BankEntryStore {

        private final BankEntryStore delegate;
        List<String> parallelBooking = List.of();
        private boolean booked;

        BookingAfterFirstRead(BankEntryStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<BankEntryRecord> findAll(UUID companyId, Collection<String> entryKeys) {
            List<BankEntryRecord> found = delegate.findAll(companyId, entryKeys);
            if (!booked) {
                booked = true;
                for (String key : parallelBooking) {
                    delegate.insert(companyId, record(companyId, key));
                }
            }
            return found;
        }

        private static BankEntryRecord record(UUID companyId, String key) {
            return new BankEntryRecord(
                    companyId,
                    key,
                    "STMT-PARALLEL",
                    ACCOUNT,
                    TODAY,
                    1_000,
                    "TRY",
                    Optional.empty(),
                    BankEntryDecision.IGNORED,
                    Optional.empty(),
                    List.of(),
                    new WriteStamp(
                            Actor.system("parallel-import"),
                            Instant.parse("2026-01-01T00:00:00Z")));
        }

        @Override
        public BankEntryRecord insert(UUID companyId, BankEntryRecord entry) {
            return delegate.insert(companyId, entry);
        }

        @Override
        public Optional<BankEntryRecord> find(UUID companyId, String entryKey) {
            return delegate.find(companyId, entryKey);
        }

        @Override
        public List<BankEntryRecord> findByEndToEndId(
                UUID companyId, String accountId, String endToEndId) {
            return delegate.findByEndToEndId(companyId, accountId, endToEndId);
        }

        @Override
        public List<BankEntryRecord> ofStatement(UUID companyId, String statementId) {
            return delegate.ofStatement(companyId, statementId);
        }

        @Override
        public List<BankEntryRecord> ofAccount(
                UUID companyId, String accountId, LocalDate from, LocalDate to) {
            return delegate.ofAccount(companyId, accountId, from, to);
        }
    }
}

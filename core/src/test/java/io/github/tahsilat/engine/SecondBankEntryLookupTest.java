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
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An import reads the stored bank entries a second time, before it queues its unmatched and
 * suggested lines, only when the store's write version of the company changed since the first read,
 * or when the store has no version. A parallel booking is stored right after the first read.
 */
class SecondBankEntryLookupTest {

    private final Stores memory = InMemoryStores.create();
    private final CountingBankEntries bankEntries = new CountingBankEntries(memory.bankEntries());
    private final ReconciliationFixture fixture =
            new ReconciliationFixture(withBankEntries(memory, bankEntries), CompanyId.random());

    private final BankLine unmatched =
            credit("10.00")
                    .remittanceText("no invoice named")
                    .accountServicerReference("A-1")
                    .build();
    private final BankLine other =
            credit("11.00")
                    .remittanceText("no invoice named")
                    .accountServicerReference("A-2")
                    .build();

    @Nested
    class WithWriteVersion {

        @Test
        void noWriteSkipsSecondLookup() {
            ReconciliationResult result = fixture.importLines("STMT-1", List.of(unmatched));

            assertThat(bankEntries.findAllCalls).isEqualTo(1);
            assertThat(result.unmatched()).hasSize(1);
            assertThat(result.alreadyBooked()).isEmpty();
            assertThat(openQueue()).hasSize(1);
        }

        @Test
        void writeRunsSecondLookup() {
            bankEntries.parallelBooking = BankEntryKey.of(other, 1).keysToRecord();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(unmatched));

            assertThat(bankEntries.findAllCalls).isEqualTo(2);
            assertThat(result.unmatched()).hasSize(1);
            assertThat(openQueue()).hasSize(1);
        }

        @Test
        void otherCompanyWriteSkipsSecondLookup() {
            bankEntries.parallelBooking = BankEntryKey.of(unmatched, 1).keysToRecord();
            bankEntries.parallelCompany = Optional.of(UUID.randomUUID());

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(unmatched));

            assertThat(bankEntries.findAllCalls).isEqualTo(1);
            assertThat(result.unmatched()).hasSize(1);
            assertThat(openQueue()).hasSize(1);
        }

        @Test
        void unmatchedLineBookedMeanwhileReported() {
            bankEntries.parallelBooking = BankEntryKey.of(unmatched, 1).keysToRecord();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(unmatched));

            assertThat(bankEntries.findAllCalls).isEqualTo(2);
            assertThat(result.unmatched()).isEmpty();
            assertThat(result.alreadyBooked())
                    .extracting(AlreadyBookedLine::key)
                    .containsExactly(BankEntryKey.of(unmatched, 1));
            assertThat(result.alreadyBooked().get(0).reason()).contains("STMT-PARALLEL");
            assertThat(openQueue()).isEmpty();
        }

        @Test
        void suggestedLineBookedMeanwhileReported() {
            fixture.issue("INV-1", "10.00", "TRY");
            BankLine suggested = credit("10.00").accountServicerReference("A-3").build();
            bankEntries.parallelBooking = BankEntryKey.of(suggested, 1).keysToRecord();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(suggested));

            assertThat(bankEntries.findAllCalls).isEqualTo(2);
            assertThat(result.suggested()).isEmpty();
            assertThat(result.alreadyBooked())
                    .extracting(AlreadyBookedLine::key)
                    .containsExactly(BankEntryKey.of(suggested, 1));
            assertThat(openQueue()).isEmpty();
        }

        @Test
        void suggestedLineWithoutWriteQueued() {
            fixture.issue("INV-1", "10.00", "TRY");
            BankLine suggested = credit("10.00").accountServicerReference("A-3").build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(suggested));

            assertThat(bankEntries.findAllCalls).isEqualTo(1);
            assertThat(result.suggested()).hasSize(1);
            assertThat(openQueue()).hasSize(1);
        }
    }

    @Nested
    class WithoutWriteVersion {

        @Test
        void noWriteStillReadsTwice() {
            bankEntries.versions = false;

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(unmatched));

            assertThat(bankEntries.findAllCalls).isEqualTo(2);
            assertThat(result.unmatched()).hasSize(1);
            assertThat(openQueue()).hasSize(1);
        }

        @Test
        void lineBookedMeanwhileReported() {
            bankEntries.versions = false;
            bankEntries.parallelBooking = BankEntryKey.of(unmatched, 1).keysToRecord();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(unmatched));

            assertThat(result.unmatched()).isEmpty();
            assertThat(result.alreadyBooked())
                    .extracting(AlreadyBookedLine::key)
                    .containsExactly(BankEntryKey.of(unmatched, 1));
            assertThat(openQueue()).isEmpty();
        }
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
     * A bank-entry store that counts the calls of {@code findAll} and, right after the first,
     * stores the keys of {@link #parallelBooking} as a parallel import of statement {@code
     * STMT-PARALLEL} would, in {@link #parallelCompany} or else in the company read. With {@link
     * #versions} false, it returns no write version, as a store without one does.
     */
    private static final class CountingBankEntries implements BankEntryStore {

        private final BankEntryStore delegate;
        List<String> parallelBooking = List.of();
        Optional<UUID> parallelCompany = Optional.empty();
        boolean versions = true;
        int findAllCalls;

        CountingBankEntries(BankEntryStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<BankEntryRecord> findAll(UUID companyId, Collection<String> entryKeys) {
            List<BankEntryRecord> found = delegate.findAll(companyId, entryKeys);
            findAllCalls++;
            if (findAllCalls == 1) {
                UUID owner = parallelCompany.orElse(companyId);
                for (String key : parallelBooking) {
                    delegate.insert(owner, record(owner, key));
                }
            }
            return found;
        }

        @Override
        public OptionalLong writeVersion(UUID companyId) {
            return versions ? delegate.writeVersion(companyId) : OptionalLong.empty();
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

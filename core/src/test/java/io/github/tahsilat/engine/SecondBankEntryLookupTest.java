package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.reconciliation.AlreadyBookedLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import java.util.List;
import java.util.Optional;
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
    private final ParallelBookingBankEntries bankEntries =
            new ParallelBookingBankEntries(memory.bankEntries());
    private final ReconciliationFixture fixture =
            new ReconciliationFixture(bankEntries.withinStores(memory), CompanyId.random());

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
}

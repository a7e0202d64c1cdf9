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
import org.junit.jupiter.api.Test;

/**
 * An import reports as already booked, and does not queue, a line that a parallel import booked
 * after this import first read the stored entries. The parallel booking is stored right after the
 * import's first read of the bank-entry store.
 */
class BookedBetweenReadsTest {

    private final Stores memory = InMemoryStores.create();
    private final ParallelBookingBankEntries bankEntries =
            new ParallelBookingBankEntries(memory.bankEntries());
    private final ReconciliationFixture fixture =
            new ReconciliationFixture(bankEntries.withinStores(memory), CompanyId.random());

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
}

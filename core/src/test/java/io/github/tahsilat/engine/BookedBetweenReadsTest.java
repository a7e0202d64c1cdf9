package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.UnmatchedLine;
import io.github.tahsilat.service.reconciliation.AlreadyBookedLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * Checks that the import merges already-booked lines from up to three loops into match order:
     * the lines booked before the import, and the unmatched and the suggested lines booked
     * meanwhile, with or without lines booked before.
     */
    @ParameterizedTest(name = "booked before: {0}")
    @ValueSource(booleans = {true, false})
    void alreadyBookedFromEverySourceInMatchOrder(boolean withBookedBefore) {
        fixture.issue("INV-A", "10.00");
        fixture.issue("INV-S1", "10.00");
        fixture.issue("INV-S2", "10.00");
        BankLine bookedBefore = payment("INV-A", "ASR-A");
        List<BankLine> statement = new ArrayList<>();
        statement.add(payment("no invoice named", "ASR-U1"));
        statement.add(payment("INV-S1", "ASR-S1"));
        statement.add(payment("no invoice named", "ASR-U2"));
        statement.add(payment("INV-S2", "ASR-S2"));
        statement.add(payment("no invoice named", "ASR-U3"));
        List<BankEntryKey> keys = BankEntryKey.forStatement(statement);
        List<BankEntryKey> bookedMeanwhile =
                List.of(keys.get(0), keys.get(1), keys.get(3), keys.get(4));
        List<BankEntryKey> expected = new ArrayList<>(bookedMeanwhile);
        if (withBookedBefore) {
            assertThat(fixture.importLines("STMT-0", List.of(bookedBefore)).booked()).hasSize(1);
            statement.add(2, bookedBefore);
            expected.add(BankEntryKey.of(bookedBefore, 1));
        }
        expected.sort(BankEntryKey.MATCH_ORDER);
        List<String> parallel = new ArrayList<>();
        bookedMeanwhile.forEach(key -> parallel.addAll(key.keysToRecord()));
        bankEntries.parallelBooking = parallel;
        bankEntries.findAllCalls = 0;

        ReconciliationResult result =
                fixture.with(
                                MatchSettings.defaults().withAutoApplyThreshold(100),
                                AllocationPolicy.defaults())
                        .importLines("STMT-1", statement);

        assertThat(result.alreadyBooked())
                .extracting(AlreadyBookedLine::key)
                .containsExactlyElementsOf(expected);
        assertThat(result.unmatched()).extracting(UnmatchedLine::key).containsExactly(keys.get(2));
        assertThat(result.suggested()).isEmpty();
        assertThat(result.booked()).isEmpty();
    }

    private static BankLine payment(String text, String reference) {
        return credit("10.00").remittanceText(text).accountServicerReference(reference).build();
    }

    private List<?> openQueue() {
        return fixture.reconciliation.openQueue(fixture.companyId, PageRequest.first(10)).items();
    }
}

package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.reconciliation.AlreadyBookedLine;
import io.github.tahsilat.service.reconciliation.BookedLine;
import io.github.tahsilat.service.reconciliation.QueuedLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.ReconciliationUnit;
import io.github.tahsilat.service.reconciliation.StatementImport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A statement split into work units books each line once, whichever unit runs it and how often. */
class ReconciliationUnitTest {

    private static final int LINES = 24;
    private static final int UNITS = 4;

    private final ReconciliationFixture fixture = new ReconciliationFixture();

    private StatementImport statement() {
        List<BankLine> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            String number = "INV-" + (100 + i);
            fixture.issue(number, (10 + i) + ".00");
            lines.add(credit((10 + i) + ".00").remittanceText("Fatura " + number).build());
        }
        return new StatementImport(fixture.companyId, "STMT-9", lines);
    }

    private static List<BankEntryKey> bookedKeys(ReconciliationResult result) {
        return result.booked().stream().map(BookedLine::key).toList();
    }

    @Nested
    class Split {

        @Test
        void unitsPartitionTheLines() {
            StatementImport statement = statement();
            List<ReconciliationUnit> units = fixture.reconciliation.units(statement, UNITS);

            Set<BankEntryKey> booked = new HashSet<>();
            int total = 0;
            for (ReconciliationUnit unit : units) {
                ReconciliationResult result = fixture.reconciliation.runUnit(unit, statement);
                for (BankEntryKey key : bookedKeys(result)) {
                    assertThat(unit.contains(key)).isTrue();
                }
                assertThat(result.alreadyBooked()).isEmpty();
                booked.addAll(bookedKeys(result));
                total += result.booked().size();
            }

            assertThat(units)
                    .extracting(ReconciliationUnit::label)
                    .containsExactly("STMT-9#0/4", "STMT-9#1/4", "STMT-9#2/4", "STMT-9#3/4");
            assertThat(total).isEqualTo(LINES);
            assertThat(booked)
                    .containsExactlyInAnyOrderElementsOf(
                            BankEntryKey.forStatement(statement.lines()));
            assertThat(fixture.paymentsRecorded()).isEqualTo(LINES);
            assertThat(fixture.entries()).hasSize(LINES);
        }

        @Test
        void unitKeysMatchWholeImport() {
            StatementImport statement = statement();
            List<BankEntryKey> whole = BankEntryKey.forStatement(statement.lines());

            ReconciliationResult first =
                    fixture.reconciliation.runUnit(
                            fixture.reconciliation.units(statement, UNITS).get(0), statement);
            ReconciliationResult rest = fixture.reconciliation.importStatement(statement);

            assertThat(whole).containsAll(bookedKeys(first));
            assertThat(rest.alreadyBooked())
                    .extracting(AlreadyBookedLine::key)
                    .containsExactlyInAnyOrderElementsOf(bookedKeys(first));
            assertThat(rest.booked()).hasSize(LINES - first.booked().size());
            assertThat(fixture.paymentsRecorded()).isEqualTo(LINES);
        }
    }

    @Nested
    class Repeats {

        @Test
        void unitRunTwiceBooksOnce() {
            StatementImport statement = statement();
            ReconciliationUnit unit = fixture.reconciliation.units(statement, UNITS).get(1);
            ReconciliationResult first = fixture.reconciliation.runUnit(unit, statement);

            ReconciliationResult second = fixture.reconciliation.runUnit(unit, statement);

            assertThat(first.booked()).isNotEmpty();
            assertThat(second.booked()).isEmpty();
            assertThat(second.alreadyBooked())
                    .extracting(AlreadyBookedLine::key)
                    .containsExactlyInAnyOrderElementsOf(bookedKeys(first));
            assertThat(fixture.paymentsRecorded()).isEqualTo(first.booked().size());
        }
    }

    @Nested
    class Queue {

        /**
         * Returns a statement whose even lines pay an invoice by amount alone, which gives a
         * suggestion, and whose odd lines name no invoice and match no amount.
         */
        private StatementImport unbookedStatement() {
            List<BankLine> lines = new ArrayList<>();
            for (int i = 0; i < LINES; i++) {
                if (i % 2 == 0) {
                    fixture.issue("INV-" + (200 + i), (50 + i) + ".00");
                    lines.add(credit((50 + i) + ".00").accountServicerReference("S-" + i).build());
                } else {
                    lines.add(
                            credit((900 + i) + ".00")
                                    .remittanceText("no invoice named")
                                    .accountServicerReference("U-" + i)
                                    .build());
                }
            }
            return new StatementImport(fixture.companyId, "STMT-7", lines);
        }

        private List<String> queuedKeys() {
            return fixture
                    .reconciliation
                    .openQueue(fixture.companyId, PageRequest.first(100))
                    .items()
                    .stream()
                    .map(QueuedLine::entryKey)
                    .toList();
        }

        @Test
        void unitsQueueOnlyTheirOwnLines() {
            StatementImport statement = unbookedStatement();
            List<ReconciliationUnit> units = fixture.reconciliation.units(statement, UNITS);

            Set<String> queued = new HashSet<>();
            for (ReconciliationUnit unit : units) {
                int before = queuedKeys().size();
                ReconciliationResult result = fixture.reconciliation.runUnit(unit, statement);

                List<String> added = new ArrayList<>(queuedKeys());
                added.removeAll(queued);
                for (String key : added) {
                    assertThat(unitKeys(statement, unit)).as(unit.label()).contains(key);
                }
                assertThat(queuedKeys())
                        .hasSize(before + result.suggested().size() + result.unmatched().size());
                queued.addAll(added);
            }

            List<String> primaries =
                    BankEntryKey.forStatement(statement.lines()).stream()
                            .map(BankEntryKey::primary)
                            .toList();
            assertThat(queuedKeys()).containsExactlyInAnyOrderElementsOf(primaries);
        }

        @Test
        void rerunUnitsQueueNoLineTwice() {
            StatementImport statement = unbookedStatement();
            List<ReconciliationUnit> units = fixture.reconciliation.units(statement, UNITS);
            fixture.reconciliation.runUnit(units.get(1), statement);
            fixture.reconciliation.runUnit(units.get(3), statement);

            int suggested = 0;
            int unmatched = 0;
            for (ReconciliationUnit unit : units) {
                ReconciliationResult result = fixture.reconciliation.runUnit(unit, statement);
                suggested += result.suggested().size();
                unmatched += result.unmatched().size();
            }
            ReconciliationResult whole = fixture.reconciliation.importStatement(statement);

            assertThat(suggested).isEqualTo(LINES / 2);
            assertThat(unmatched).isEqualTo(LINES / 2);
            assertThat(whole.suggested()).hasSize(LINES / 2);
            assertThat(whole.unmatched()).hasSize(LINES / 2);
            assertThat(queuedKeys()).hasSize(LINES).doesNotHaveDuplicates();
        }

        private List<String> unitKeys(StatementImport statement, ReconciliationUnit unit) {
            return BankEntryKey.forStatement(statement.lines()).stream()
                    .filter(unit::contains)
                    .map(BankEntryKey::primary)
                    .toList();
        }
    }

    @Nested
    class Validation {

        @Test
        void unitOfOtherStatementRejected() {
            StatementImport statement = statement();
            ReconciliationUnit unit =
                    new ReconciliationUnit(fixture.companyId, "STMT-OTHER", 0, UNITS);

            assertThatThrownBy(() -> fixture.reconciliation.runUnit(unit, statement))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("STMT-OTHER#0/4")
                    .hasMessageContaining("a unit of statement STMT-9");
        }

        @Test
        void bucketCountOutOfRangeRejected() {
            assertThatThrownBy(() -> new ReconciliationUnit(fixture.companyId, "S", 0, 0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("a number from 1 to 4096");
            assertThatThrownBy(() -> new ReconciliationUnit(fixture.companyId, "S", 4, 4))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("a number from 0 to 3");
        }
    }
}

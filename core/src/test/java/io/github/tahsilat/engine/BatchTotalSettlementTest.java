package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static io.github.tahsilat.engine.ReconciliationFixture.lira;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BatchBooking;
import io.github.tahsilat.reconciliation.ManualMatch;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.reconciliation.AlreadyBookedLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement line that books a batch as one total, after a notification booked the batch's
 * transactions one by one. The notification NTF-1 books 300.00 TRY (end-to-end id E2E-1, invoice
 * INV-1) and 200.00 TRY (E2E-2, INV-2) on the same day.
 */
class BatchTotalSettlementTest {

    private final ReconciliationFixture fixture = new ReconciliationFixture();

    private ReconciliationResult bookNotification(String statementId, String... numbersAndAmounts) {
        List<BankLine> lines =
                Arrays.stream(numbersAndAmounts)
                        .map(pair -> pair.split("="))
                        .map(
                                pair -> {
                                    fixture.issue(pair[0], pair[1]);
                                    return credit(pair[1])
                                            .endToEndId("E2E-" + pair[0].substring(4))
                                            .remittanceText(pair[0])
                                            .build();
                                })
                        .toList();
        ReconciliationResult result = fixture.importLines(statementId, lines);
        assertThat(result.booked()).hasSize(lines.size());
        return result;
    }

    private ReconciliationResult notifyFirstBatch() {
        return bookNotification("NTF-1", "INV-1=300.00", "INV-2=200.00");
    }

    private static BankLine total(String amount, BatchBooking batch) {
        return credit(amount).accountServicerReference("STMT-REF-1").batch(batch).build();
    }

    private static BatchBooking batch(String count, String endToEndIds) {
        return new BatchBooking(
                count == null ? Optional.empty() : Optional.of(Integer.parseInt(count)),
                endToEndIds == null ? List.of() : List.of(endToEndIds.split(" ")),
                List.of());
    }

    @Nested
    class Rules {

        @ParameterizedTest(name = "[{index}] {0} count {1} ids {2}: {3}")
        @CsvSource({
            "500.00, 2, , settled",
            "500.00, , , settled",
            "500.00, 3, , open",
            "500.00, 2, E2E-1 E2E-2, settled",
            "500.00, , E2E-1 E2E-2, settled",
            "500.00, , E2E-1 E2E-9, open",
            "300.00, 2, , open",
            "499.99, , , open",
            "300.00, 1, , open"
        })
        void totalSettledOnlyWhenEntriesAgree(
                String amount, String count, String endToEndIds, String expected) {
            notifyFirstBatch();

            ReconciliationResult stated =
                    fixture.importLines(
                            "STMT-1", List.of(total(amount, batch(count, endToEndIds))));

            assertThat(stated.booked()).isEmpty();
            assertThat(stated.alreadyBooked()).hasSize(expected.equals("settled") ? 1 : 0);
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
            assertThat(fixture.entries()).hasSize(2);
        }

        @Test
        void reasonNamesNotificationAndPayments() {
            ReconciliationResult notified = notifyFirstBatch();

            ReconciliationResult stated =
                    fixture.importLines(
                            "STMT-1", List.of(total("500.00", BatchBooking.ofCount(2))));

            AlreadyBookedLine settled = stated.alreadyBooked().get(0);
            assertThat(settled.reason())
                    .startsWith(
                            "settled by NTF-1, which booked the batch's 2 transactions of TRY"
                                    + " 500.00 in total one by one: payment ");
            for (var booked : notified.booked()) {
                assertThat(settled.reason()).contains("payment " + booked.paymentId());
            }
        }

        @Test
        void otherBookingDateNotSettled() {
            notifyFirstBatch();
            BankLine nextDay =
                    credit("500.00").bookingDate(TODAY.plusDays(1)).batch(batch("2", null)).build();

            ReconciliationResult stated = fixture.importLines("STMT-1", List.of(nextDay));

            assertThat(stated.alreadyBooked()).isEmpty();
        }

        @Test
        void lineWithoutBatchFlagNotSettled() {
            notifyFirstBatch();

            ReconciliationResult stated =
                    fixture.importLines("STMT-1", List.of(credit("500.00").build()));

            assertThat(stated.alreadyBooked()).isEmpty();
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
        }
    }

    @Nested
    class Ambiguity {

        @Test
        void twoNotificationsLeaveTotalOpen() {
            notifyFirstBatch();
            bookNotification("NTF-2", "INV-3=250.00", "INV-4=250.00");

            ReconciliationResult stated =
                    fixture.importLines("STMT-1", List.of(total("500.00", batch("2", null))));

            assertThat(stated.alreadyBooked()).isEmpty();
            assertThat(fixture.paymentsRecorded()).isEqualTo(4);
        }

        @Test
        void referencesPickOneNotification() {
            notifyFirstBatch();
            bookNotification("NTF-2", "INV-3=250.00", "INV-4=250.00");

            ReconciliationResult stated =
                    fixture.importLines(
                            "STMT-1", List.of(total("500.00", batch("2", "E2E-3 E2E-4"))));

            assertThat(stated.alreadyBooked()).hasSize(1);
            assertThat(stated.alreadyBooked().get(0).reason()).startsWith("settled by NTF-2,");
        }

        @Test
        void twoSubsetsLeaveTotalOpen() {
            bookNotification(
                    "NTF-1", "INV-1=100.00", "INV-2=200.00", "INV-3=300.00", "INV-5=400.00");

            ReconciliationResult stated =
                    fixture.importLines("STMT-1", List.of(total("500.00", batch("2", null))));

            assertThat(stated.alreadyBooked()).isEmpty();
        }

        @Test
        void oneSubsetSettlesTotal() {
            bookNotification(
                    "NTF-1", "INV-1=100.00", "INV-2=200.00", "INV-3=300.00", "INV-5=460.00");

            ReconciliationResult stated =
                    fixture.importLines("STMT-1", List.of(total("560.00", batch("2", null))));

            assertThat(stated.alreadyBooked()).hasSize(1);
            assertThat(stated.alreadyBooked().get(0).reason())
                    .startsWith(
                            "settled by NTF-1, which booked the batch's 2 transactions of TRY"
                                    + " 560.00");
        }

        @Test
        void entriesSettleOneTotalOnly() {
            notifyFirstBatch();
            BankLine first = total("500.00", batch("2", null));
            BankLine second =
                    credit("500.00")
                            .accountServicerReference("STMT-REF-2")
                            .batch(batch("2", null))
                            .build();

            ReconciliationResult stated = fixture.importLines("STMT-1", List.of(first, second));

            assertThat(stated.alreadyBooked()).hasSize(1);
            assertThat(stated.alreadyBooked().size() + stated.unmatched().size()).isEqualTo(2);
        }
    }

    @Nested
    class SplitByBankReference {

        @Test
        void notifiedPositionsSettleTotal() {
            fixture.issue("INV-1", "300.00");
            fixture.issue("INV-2", "200.00");
            fixture.importLines(
                    "NTF-1",
                    List.of(
                            credit("300.00")
                                    .accountServicerReference("STMT-REF-1#1")
                                    .remittanceText("INV-1")
                                    .build(),
                            credit("200.00")
                                    .accountServicerReference("STMT-REF-1#2")
                                    .remittanceText("INV-2")
                                    .build()));
            bookNotification("NTF-2", "INV-3=250.00", "INV-4=250.00");

            ReconciliationResult stated =
                    fixture.importLines("STMT-1", List.of(total("500.00", batch("2", null))));

            assertThat(stated.alreadyBooked()).hasSize(1);
            assertThat(stated.alreadyBooked().get(0).reason()).startsWith("settled by NTF-1,");
        }
    }

    @Nested
    class PersonDecisions {

        @Test
        void manualMatchOfSettledTotalBooksNothing() {
            notifyFirstBatch();
            Invoice open = fixture.issue("INV-9", "500.00");
            BankLine line = total("500.00", batch("2", null));
            BankEntryKey key = BankEntryKey.forStatement(List.of(line)).get(0);
            ManualMatch match =
                    ManualMatch.by(
                            Actor.user("clerk-7"),
                            EngineFixtures.CLOCK,
                            key,
                            Map.of(open.id(), lira("500.00")));

            boolean booked =
                    fixture.reconciliation.applier(fixture.companyId, "STMT-1").apply(line, match);

            assertThat(booked).isFalse();
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
            assertThat(fixture.outstanding(open)).isEqualByComparingTo("500.00");
        }

        @Test
        void manualMatchOfOpenTotalBooks() {
            Invoice open = fixture.issue("INV-9", "500.00");
            BankLine line = total("500.00", batch("2", null));
            BankEntryKey key = BankEntryKey.forStatement(List.of(line)).get(0);
            ManualMatch match =
                    ManualMatch.by(
                            Actor.user("clerk-7"),
                            EngineFixtures.CLOCK,
                            key,
                            Map.of(open.id(), lira("500.00")));

            boolean booked =
                    fixture.reconciliation.applier(fixture.companyId, "STMT-1").apply(line, match);

            assertThat(booked).isTrue();
            assertThat(fixture.outstanding(open)).isEqualByComparingTo("0.00");
        }
    }

    @Nested
    class Isolation {

        @Test
        void otherCompanyNotificationIgnored() {
            notifyFirstBatch();
            ReconciliationFixture other =
                    new ReconciliationFixture(fixture.stores, CompanyId.random());

            ReconciliationResult stated =
                    other.importLines("STMT-1", List.of(total("500.00", batch("2", null))));

            assertThat(stated.alreadyBooked()).isEmpty();
            assertThat(stated.unmatched()).hasSize(1);
        }
    }
}

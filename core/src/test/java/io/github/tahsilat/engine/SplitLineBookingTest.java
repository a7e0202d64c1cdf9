package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.firm;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static io.github.tahsilat.engine.ReconciliationFixture.lira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Tolerance;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.ManualMatch;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.Proposal;
import io.github.tahsilat.reconciliation.UnmatchedLine;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.BookedLine;
import io.github.tahsilat.service.reconciliation.BookingKind;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementApplier;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bank line that pays invoices of two counterparties books as one payment per counterparty, in
 * one transaction, with the bank entry stored once.
 */
class SplitLineBookingTest {

    private final ReconciliationFixture fixture = new ReconciliationFixture();
    private final Counterparty supplierCustomer = firm(fixture.companyId);

    SplitLineBookingTest() {
        fixture.engine.counterparties().register(supplierCustomer);
    }

    private Invoice issueTo(Counterparty counterparty, String number, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(fixture.companyId)
                        .counterpartyId(counterparty.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY)
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        fixture.engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private PaymentRecord paymentWithKey(String key) {
        return fixture.stores
                .payments()
                .findByIdempotencyKey(fixture.companyId.value(), key)
                .orElseThrow();
    }

    /** Returns the split payment of {@code counterparty}: the first or second by id. */
    private PaymentRecord paymentOf(Counterparty counterparty, BookedLine booked) {
        Counterparty customer = fixture.customer;
        boolean customerFirst = customer.id().value().compareTo(supplierCustomer.id().value()) < 0;
        boolean first = counterparty.equals(customer) == customerFirst;
        return paymentWithKey(booked.key().primary() + (first ? "/1" : "/2"));
    }

    @Nested
    class Split {

        @ParameterizedTest(name = "[{index}] {0} + {1} paid by {2} with charge {3}")
        @CsvSource({
            "300.00, 200.00, 500.00, 0.00, 300.00, 0.00, 200.00, 0.00",
            "300.00, 200.00, 499.00, 1.00, 300.00, 0.60, 200.00, 0.40",
            "300.00, 200.00, 499.99, 0.01, 300.00, 0.01, 200.00, 0.00",
            "0.10, 999999.90, 1000000.00, 0.00, 0.10, 0.00, 999999.90, 0.00"
        })
        void lineBooksOnePaymentPerCounterparty(
                String customerInvoice,
                String firmInvoice,
                String netAmount,
                String charge,
                String customerPayment,
                String customerCharge,
                String firmPayment,
                String firmCharge) {
            Invoice first = fixture.issue("INV-A1", customerInvoice);
            Invoice second = issueTo(supplierCustomer, "INV-B1", firmInvoice);
            BankLine.Builder builder = credit(netAmount).remittanceText("Fatura INV-A1 ve INV-B1");
            if (!charge.equals("0.00")) {
                builder.charge(lira(charge));
            }

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(builder.build()));

            assertThat(result.booked()).hasSize(1);
            BookedLine booked = result.booked().get(0);
            assertThat(booked.reason())
                    .startsWith("score 90 from invoice-number, combination, booked without review;")
                    .contains("booked as 2 payments, one per counterparty: ");
            PaymentRecord customerRecord = paymentOf(fixture.customer, booked);
            PaymentRecord firmRecord = paymentOf(supplierCustomer, booked);
            assertThat(customerRecord.counterpartyId()).isEqualTo(fixture.customer.id().value());
            assertThat(customerRecord.amount()).isEqualByComparingTo(customerPayment);
            assertThat(customerRecord.charges()).isEqualByComparingTo(customerCharge);
            assertThat(firmRecord.counterpartyId()).isEqualTo(supplierCustomer.id().value());
            assertThat(firmRecord.amount()).isEqualByComparingTo(firmPayment);
            assertThat(firmRecord.charges()).isEqualByComparingTo(firmCharge);
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("0.00");
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
            assertThat(fixture.entries()).hasSize(1);
            assertThat(fixture.entries().get(0).paymentId()).contains(booked.paymentId().value());
        }
    }

    @Nested
    class Idempotency {

        @Test
        void secondImportBooksNothing() {
            fixture.issue("INV-A1", "300.00");
            issueTo(supplierCustomer, "INV-B1", "200.00");
            BankLine line = credit("500.00").remittanceText("INV-A1 INV-B1").build();
            fixture.importLines("STMT-1", List.of(line));

            ReconciliationResult again = fixture.importLines("STMT-2", List.of(line));

            assertThat(again.booked()).isEmpty();
            assertThat(again.alreadyBooked()).hasSize(1);
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
            assertThat(fixture.entries()).hasSize(1);
        }
    }

    @Nested
    class Suggestion {

        @Test
        void confirmedSuggestionBooksSplit() {
            fixture.with(
                    MatchSettings.defaults().withAutoApplyThreshold(95),
                    AllocationPolicy.defaults());
            Invoice first = fixture.issue("INV-A1", "300.00");
            Invoice second = issueTo(supplierCustomer, "INV-B1", "200.00");
            ReconciliationResult result =
                    fixture.importLines(
                            "STMT-1",
                            List.of(credit("500.00").remittanceText("INV-A1 INV-B1").build()));
            Proposal suggestion = result.suggested().get(0).proposal();

            boolean booked =
                    fixture.reconciliation
                            .applier(fixture.companyId, "STMT-1")
                            .apply(suggestion, Actor.user("clerk-7"));

            assertThat(booked).isTrue();
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("0.00");
            assertThat(fixture.entries()).hasSize(1);
            assertThat(fixture.entries().get(0).lastWrite().actor().id()).isEqualTo("clerk-7");
        }
    }

    @Nested
    class ManualMatches {

        private UnmatchedLine unmatched(BankLine line) {
            return fixture.importLines("STMT-1", List.of(line)).unmatched().get(0);
        }

        @Test
        void manualMatchBooksSplit() {
            Invoice first = fixture.issue("INV-A1", "300.00");
            Invoice second = issueTo(supplierCustomer, "INV-B1", "400.00");
            BankLine line = credit("650.00").remittanceText("see email").build();
            ManualMatch match =
                    ManualMatch.by(
                            Actor.user("clerk-7"),
                            EngineFixtures.CLOCK,
                            unmatched(line).key(),
                            Map.of(first.id(), lira("300.00"), second.id(), lira("350.00")));

            boolean booked =
                    fixture.reconciliation.applier(fixture.companyId, "STMT-1").apply(line, match);

            assertThat(booked).isTrue();
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("50.00");
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
            assertThat(fixture.entries()).hasSize(1);
        }

        @Test
        void manualRestAcrossCounterpartiesRejected() {
            Invoice first = fixture.issue("INV-A1", "300.00");
            Invoice second = issueTo(supplierCustomer, "INV-B1", "400.00");
            BankLine line = credit("700.00").remittanceText("see email").build();
            ManualMatch match =
                    ManualMatch.by(
                            Actor.user("clerk-7"),
                            EngineFixtures.CLOCK,
                            unmatched(line).key(),
                            Map.of(first.id(), lira("300.00"), second.id(), lira("350.00")));
            StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");

            assertThatThrownBy(() -> applier.apply(line, match))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid match: TRY 650; expected allocations adding up to the"
                                    + " line's amount TRY 700, because they pay 2 counterparties"
                                    + " and no rule decides which keeps the rest");
            assertThat(fixture.paymentsRecorded()).isZero();
            assertThat(fixture.entries()).isEmpty();
        }
    }

    @Nested
    class Returns {

        private Invoice first;
        private Invoice second;

        /** Books 500.00 TRY paying INV-A1 (300.00, customer) and INV-B1 (200.00, other firm). */
        private BookedLine bookSplit(String endToEndId) {
            first = fixture.issue("INV-A1", "300.00");
            second = issueTo(supplierCustomer, "INV-B1", "200.00");
            BankLine.Builder line = credit("500.00").remittanceText("INV-A1 INV-B1");
            if (endToEndId != null) {
                line.endToEndId(endToEndId);
            }
            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line.build()));
            assertThat(result.booked()).hasSize(1);
            return result.booked().get(0);
        }

        /** Returns the payments of the split line in booking order, by idempotency key. */
        private List<PaymentRecord> splitPayments(BookedLine booked) {
            return List.of(
                    paymentWithKey(booked.key().primary() + "/1"),
                    paymentWithKey(booked.key().primary() + "/2"));
        }

        private static String idsOf(List<PaymentRecord> payments) {
            return payments.get(0).id() + ", " + payments.get(1).id();
        }

        private PaymentRecord reloaded(PaymentRecord payment) {
            return fixture.stores
                    .payments()
                    .find(fixture.companyId.value(), payment.id())
                    .orElseThrow();
        }

        @Test
        void returnReversesEveryPayment() {
            BookedLine booked = bookSplit("E2E-7");
            List<PaymentRecord> payments = splitPayments(booked);
            BankLine returned = credit("-500.00").endToEndId("E2E-7").reversal(true).build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).hasSize(1);
            BookedLine reversal = result.booked().get(0);
            assertThat(reversal.kind()).isEqualTo(BookingKind.REVERSAL);
            assertThat(reversal.paymentId()).isEqualTo(booked.paymentId());
            assertThat(reversal.reason())
                    .isEqualTo(
                            "reversed payments "
                                    + idsOf(payments)
                                    + " that the returned entry undoes");
            for (PaymentRecord payment : payments) {
                assertThat(reloaded(payment).reversedOn()).contains(TODAY);
            }
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("300.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("200.00");
            BankEntryRecord stored =
                    fixture.stores
                            .bankEntries()
                            .ofStatement(fixture.companyId.value(), "STMT-2")
                            .get(0);
            assertThat(stored.decision()).isEqualTo(BankEntryDecision.REVERSED);
            assertThat(stored.paymentIds())
                    .containsExactly(payments.get(0).id(), payments.get(1).id())
                    .hasSize(2);
        }

        @Test
        void returnImportedTwiceReversesOnce() {
            BookedLine booked = bookSplit("E2E-7");
            List<PaymentRecord> payments = splitPayments(booked);
            BankLine returned = credit("-500.00").endToEndId("E2E-7").reversal(true).build();
            fixture.importLines("STMT-2", List.of(returned));

            ReconciliationResult again = fixture.importLines("STMT-2", List.of(returned));

            assertThat(again.booked()).isEmpty();
            assertThat(again.reversalsForReview()).isEmpty();
            assertThat(again.alreadyBooked()).hasSize(1);
            assertThat(again.alreadyBooked().get(0).reason())
                    .startsWith(
                            "booked as the reversal of payments "
                                    + idsOf(payments)
                                    + " from statement STMT-2 by ");
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("300.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("200.00");
        }

        @Test
        void secondImportNamesEveryPayment() {
            BookedLine booked = bookSplit("E2E-7");
            List<PaymentRecord> payments = splitPayments(booked);

            ReconciliationResult again =
                    fixture.importLines(
                            "STMT-1",
                            List.of(
                                    credit("500.00")
                                            .endToEndId("E2E-7")
                                            .remittanceText("INV-A1 INV-B1")
                                            .build()));

            assertThat(again.alreadyBooked().get(0).reason())
                    .startsWith("booked as payments " + idsOf(payments) + " from statement STMT-1");
        }

        @Test
        void returnNamingInvoiceReversesEveryPayment() {
            BookedLine booked = bookSplit(null);
            List<PaymentRecord> payments = splitPayments(booked);
            BankLine returned = credit("-500.00").remittanceText("IADE INV-B1").build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).hasSize(1);
            assertThat(result.booked().get(0).kind()).isEqualTo(BookingKind.REVERSAL);
            for (PaymentRecord payment : payments) {
                assertThat(reloaded(payment).reversedOn()).contains(TODAY);
            }
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("300.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("200.00");
        }

        @Test
        void returnOfOnePartLeftForReview() {
            BookedLine booked = bookSplit("E2E-7");
            List<PaymentRecord> payments = splitPayments(booked);
            BankLine returned = credit("-200.00").endToEndId("E2E-7").reversal(true).build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).isEmpty();
            assertThat(result.reversalsForReview()).hasSize(1);
            for (PaymentRecord payment : payments) {
                assertThat(reloaded(payment).reversedOn()).isEmpty();
            }
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("0.00");
        }

        @Test
        void partReversedEarlierLeavesReturnForReview() {
            BookedLine booked = bookSplit("E2E-7");
            List<PaymentRecord> payments = splitPayments(booked);
            fixture.engine
                    .payments()
                    .reverse(
                            fixture.companyId,
                            new PaymentId(payments.get(1).id()),
                            TODAY,
                            "cheque bounced");
            BankLine returned = credit("-500.00").endToEndId("E2E-7").reversal(true).build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).isEmpty();
            assertThat(result.reversalsForReview()).hasSize(1);
            assertThat(result.reversalsForReview().get(0).reason())
                    .isEqualTo(
                            "no standing payment of TRY 500 found by the line's end-to-end id"
                                    + " or referenced invoices");
            assertThat(reloaded(payments.get(0)).reversedOn()).isEmpty();
            assertThat(fixture.outstanding(first).add(fixture.outstanding(second)))
                    .isEqualByComparingTo(payments.get(1).amount());
            assertThat(fixture.entries()).hasSize(1);
        }

        @Test
        void manualSplitReturnReversesBoth() {
            first = fixture.issue("INV-A1", "300.00");
            second = issueTo(supplierCustomer, "INV-B1", "400.00");
            BankLine line =
                    credit("650.00").endToEndId("E2E-8").remittanceText("see email").build();
            UnmatchedLine unmatched =
                    fixture.importLines("STMT-1", List.of(line)).unmatched().get(0);
            ManualMatch match =
                    ManualMatch.by(
                            Actor.user("clerk-7"),
                            EngineFixtures.CLOCK,
                            unmatched.key(),
                            Map.of(first.id(), lira("300.00"), second.id(), lira("350.00")));
            fixture.reconciliation.applier(fixture.companyId, "STMT-1").apply(line, match);
            BankLine returned = credit("-650.00").endToEndId("E2E-8").reversal(true).build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).hasSize(1);
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("300.00");
            assertThat(fixture.outstanding(second)).isEqualByComparingTo("400.00");
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
        }
    }

    @Nested
    class ReturnAtomicity {

        /** A customer whose id sorts after every other, so that its payment is booked last. */
        private final Counterparty last =
                Counterparty.builder()
                        .id(new CounterpartyId(new UUID(Long.MAX_VALUE, Long.MAX_VALUE)))
                        .companyId(fixture.companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Marmara Kimya A.S.")
                        .build();

        @Test
        void failedSecondReversalUndoesFirst() {
            fixture.engine.counterparties().register(last);
            fixture.with(
                    MatchSettings.defaults().withTolerance(lira("0.02")),
                    AllocationPolicy.defaults()
                            .withTolerances(List.of(Tolerance.of(lira("0.02")))));
            Invoice first = fixture.issue("INV-A1", "300.00");
            Invoice written = issueTo(last, "INV-C1", "200.02");
            BankLine line =
                    credit("500.00").endToEndId("E2E-5").remittanceText("see email").build();
            UnmatchedLine unmatched =
                    fixture.importLines("STMT-1", List.of(line)).unmatched().get(0);
            ManualMatch match =
                    ManualMatch.by(
                            Actor.user("clerk-7"),
                            EngineFixtures.CLOCK,
                            unmatched.key(),
                            Map.of(first.id(), lira("300.00"), written.id(), lira("200.00")));
            fixture.reconciliation.applier(fixture.companyId, "STMT-1").apply(line, match);
            assertThat(fixture.stored(written).invoice().status())
                    .isEqualTo(InvoiceStatus.WRITTEN_OFF);
            BankLine returned = credit("-500.00").endToEndId("E2E-5").reversal(true).build();

            ReconciliationResult result = fixture.importLines("STMT-2", List.of(returned));

            assertThat(result.booked()).isEmpty();
            assertThat(result.reversalsForReview()).hasSize(1);
            assertThat(result.reversalsForReview().get(0).reason())
                    .startsWith("reversal failed: ")
                    .contains("closed invoice " + written.id() + " with a write-off");
            assertThat(fixture.outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(fixture.outstanding(written)).isEqualByComparingTo("0.00");
            assertThat(fixture.entries()).hasSize(1);
            assertThat(fixture.paymentsRecorded()).isEqualTo(2);
        }
    }
}

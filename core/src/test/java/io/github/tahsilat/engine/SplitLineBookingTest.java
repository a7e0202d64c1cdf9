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
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.ManualMatch;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.Proposal;
import io.github.tahsilat.reconciliation.UnmatchedLine;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.BookedLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementApplier;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.List;
import java.util.Map;
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
}

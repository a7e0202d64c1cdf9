package io.github.tahsilat.invoice;

import static io.github.tahsilat.invoice.Fixtures.HALF_UP_PER_LINE;
import static io.github.tahsilat.invoice.Fixtures.invoice;
import static io.github.tahsilat.invoice.Fixtures.invoiceOf;
import static io.github.tahsilat.invoice.Fixtures.line;
import static io.github.tahsilat.invoice.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceLifecycleTest {

    @Nested
    class NewInvoice {

        @Test
        void startsOpenWithReceivableOutstanding() {
            Invoice invoice = invoiceOf("1000.00", "EUR");

            assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(invoice.outstanding()).isEqualTo(money("1000.00", "EUR"));
            assertThat(invoice.settledAmount()).isEqualTo(money("0.00", "EUR"));
            assertThat(invoice.isDisputed()).isFalse();
            assertThat(invoice.dueSchedule().finalDueDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        }

        @Test
        void zeroReceivableStartsPaid() {
            Invoice invoice = invoiceOf("0.00", "EUR");

            assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(invoice.outstanding()).isEqualTo(money("0.00", "EUR"));
        }
    }

    @Nested
    class Settlements {

        @Test
        void partialsAddingUpToTotalMarkPaid() {
            Invoice invoice = invoiceOf("1000.00", "EUR");

            Invoice partly = invoice.applySettlement(money("300.00", "EUR"));
            Invoice paid = partly.applySettlement(money("700.00", "EUR"));

            assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(partly.outstanding()).isEqualTo(money("700.00", "EUR"));
            assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(paid.outstanding()).isEqualTo(money("0.00", "EUR"));
            assertThat(paid.settledAmount()).isEqualTo(money("1000.00", "EUR"));
        }

        @Test
        void stateChangeLeavesOriginalUnchanged() {
            Invoice invoice = invoiceOf("100.00", "EUR");

            invoice.applySettlement(money("40.00", "EUR"));

            assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(invoice.outstanding()).isEqualTo(money("100.00", "EUR"));
        }

        @ParameterizedTest
        @CsvSource({"100.00, 40.00, 60.00", "2000.00, 500.00, 1500.00", "0.30, 0.10, 0.20"})
        void remainingBalanceIsExactRest(String total, String paid, String remaining) {
            Invoice invoice = invoiceOf(total, "EUR").applySettlement(money(paid, "EUR"));

            assertThat(invoice.outstanding()).isEqualTo(money(remaining, "EUR"));
            assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        }

        @Test
        void amountAboveOutstandingRejected() {
            Invoice invoice = invoiceOf("89.00", "USD");

            Decision decision = invoice.checkSettlement(money("95.00", "USD"));

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason())
                    .contains(
                            "settlement of 95.00 USD exceeds the outstanding 89.00 USD of invoice"
                                    + " INV-2025-000001; apply at most the outstanding amount and"
                                    + " keep the rest as credit");
            assertThatThrownBy(() -> invoice.applySettlement(money("95.00", "USD")))
                    .isInstanceOf(InvoiceStateException.class)
                    .hasMessage(decision.reason().orElseThrow());
        }

        @Test
        void paidInvoiceRejectsMore() {
            Invoice paid = invoiceOf("10.00", "EUR").applySettlement(money("10.00", "EUR"));

            assertThatThrownBy(() -> paid.applySettlement(money("0.01", "EUR")))
                    .isInstanceOf(InvoiceStateException.class);
        }

        @Test
        void otherCurrencyThrowsMismatch() {
            Invoice invoice = invoiceOf("100.00", "TRY");

            assertThatThrownBy(() -> invoice.applySettlement(money("10.00", "EUR")))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("EUR")
                    .hasMessageContaining("TRY");
        }

        @Test
        void subMinorUnitAmountRejected() {
            Invoice invoice = invoiceOf("100.00", "EUR");

            assertThatThrownBy(() -> invoice.applySettlement(money("10.005", "EUR")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid amount: EUR 10.005")
                    .hasMessageContaining("at most 2 decimals for EUR");
        }

        @Test
        void zeroAmountRejected() {
            Invoice invoice = invoiceOf("100.00", "EUR");

            assertThatThrownBy(() -> invoice.applySettlement(money("0.00", "EUR")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("an amount greater than zero");
        }

        @Test
        void reversalReopensInvoice() {
            Invoice paid = invoiceOf("100.00", "EUR").applySettlement(money("100.00", "EUR"));

            Invoice reversed = paid.reverseSettlement(money("40.00", "EUR"));
            Invoice reopened = reversed.reverseSettlement(money("60.00", "EUR"));

            assertThat(reversed.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(reversed.outstanding()).isEqualTo(money("40.00", "EUR"));
            assertThat(reopened.status()).isEqualTo(InvoiceStatus.OPEN);
            assertThatThrownBy(() -> reopened.reverseSettlement(money("0.01", "EUR")))
                    .isInstanceOf(InvoiceStateException.class)
                    .hasMessageContaining("whose settlements add up to 0.00 EUR");
        }
    }

    @Nested
    class Cancellation {

        @Test
        void openInvoiceCancels() {
            Invoice cancelled = invoiceOf("100.00", "EUR").cancel();

            assertThat(cancelled.status()).isEqualTo(InvoiceStatus.CANCELLED);
            assertThat(cancelled.outstanding()).isEqualTo(money("0.00", "EUR"));
            assertThat(cancelled.isOverdue(LocalDate.of(2026, 1, 1))).isFalse();
        }

        @Test
        void invoiceWithPaymentsNotCancelled() {
            Invoice invoice = invoiceOf("100.00", "EUR").applySettlement(money("40.00", "EUR"));

            Decision decision = invoice.checkCancel();

            assertThat(decision.allowed()).isFalse();
            assertThat(decision.reason())
                    .contains(
                            "invoice INV-2025-000001 has settlements of 40.00 EUR; reverse them"
                                    + " before cancelling, or issue a credit note instead");
            assertThatThrownBy(invoice::cancel).isInstanceOf(InvoiceStateException.class);
        }

        @Test
        void cancelledInvoiceTakesNoSettlement() {
            Invoice cancelled = invoiceOf("100.00", "EUR").cancel();

            assertThatThrownBy(() -> cancelled.applySettlement(money("10.00", "EUR")))
                    .isInstanceOf(InvoiceStateException.class)
                    .hasMessage(
                            "invoice INV-2025-000001 is cancelled, so no settlement can be"
                                    + " applied to it");
        }
    }

    @Nested
    class WriteOff {

        @Test
        void writesOffRemainingOutstanding() {
            Invoice invoice = invoiceOf("100.00", "EUR").applySettlement(money("99.97", "EUR"));

            Invoice writtenOff = invoice.writeOff();

            assertThat(writtenOff.status()).isEqualTo(InvoiceStatus.WRITTEN_OFF);
            assertThat(writtenOff.writtenOffAmount()).isEqualTo(money("0.03", "EUR"));
            assertThat(writtenOff.outstanding()).isEqualTo(money("0.00", "EUR"));
        }

        @Test
        void paidInvoiceHasNothingToWriteOff() {
            Invoice paid = invoiceOf("10.00", "EUR").applySettlement(money("10.00", "EUR"));

            assertThat(paid.checkWriteOff().reason())
                    .contains("invoice INV-2025-000001 has nothing outstanding to write off");
        }

        @Test
        void writtenOffCannotBeCancelled() {
            Invoice writtenOff = invoiceOf("10.00", "EUR").writeOff();

            assertThat(writtenOff.checkCancel().reason())
                    .contains("invoice INV-2025-000001 is written off, so it cannot be cancelled");
        }
    }

    @Nested
    class Disputes {

        private final LocalDate may5 = LocalDate.of(2025, 5, 5);

        @Test
        void disputeKeepsAmountsAndStatus() {
            Invoice invoice = invoiceOf("500.00", "EUR");

            Invoice disputed = invoice.openDispute("Goods arrived damaged", may5);

            assertThat(disputed.isDisputed()).isTrue();
            assertThat(disputed.dispute()).contains(Dispute.open("Goods arrived damaged", may5));
            assertThat(disputed.status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(disputed.outstanding()).isEqualTo(money("500.00", "EUR"));
        }

        @Test
        void resolutionEndsDispute() {
            Invoice disputed = invoiceOf("500.00", "EUR").openDispute("Wrong quantity", may5);

            Invoice resolved = disputed.resolveDispute(LocalDate.of(2025, 5, 31));

            assertThat(resolved.isDisputed()).isFalse();
            Dispute dispute = resolved.dispute().orElseThrow();
            assertThat(dispute.resolution()).contains(LocalDate.of(2025, 5, 31));
            assertThat(dispute.isActiveOn(LocalDate.of(2025, 5, 30))).isTrue();
            assertThat(dispute.isActiveOn(LocalDate.of(2025, 5, 31))).isFalse();
            assertThat(dispute.isActiveOn(LocalDate.of(2025, 5, 4))).isFalse();
        }

        @Test
        void secondOpenDisputeRejected() {
            Invoice disputed = invoiceOf("500.00", "EUR").openDispute("Wrong quantity", may5);

            assertThatThrownBy(() -> disputed.openDispute("Late delivery", may5.plusDays(1)))
                    .isInstanceOf(InvoiceStateException.class)
                    .hasMessage(
                            "invoice INV-2025-000001 is already disputed since 2025-05-05;"
                                    + " resolve that dispute first");
        }

        @Test
        void resolutionBeforeStartRejected() {
            Invoice disputed = invoiceOf("500.00", "EUR").openDispute("Wrong quantity", may5);

            assertThatThrownBy(() -> disputed.resolveDispute(may5.minusDays(1)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid resolutionDate: 2025-05-04; expected a date on or after the"
                                    + " start date 2025-05-05");
        }

        @Test
        void blankReasonRejected() {
            Invoice invoice = invoiceOf("500.00", "EUR");

            assertThatThrownBy(() -> invoice.openDispute(" ", may5))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid reason");
        }
    }

    @Nested
    class InvalidInput {

        @Test
        void noLinesRejected() {
            Invoice.Builder builder = invoice("TRY");

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid lines: no lines; expected at least one line");
        }

        @Test
        void negativeQuantityRejected() {
            assertThatThrownBy(() -> line("-1", "10.00", "20"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid quantity: -1; expected a number greater than 0");
        }

        @Test
        void negativeVatRateRejected() {
            assertThatThrownBy(() -> line("1", "10.00", "-1"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid vatRate: -1; expected a rate in percent of 0 or more, such"
                                    + " as 20");
        }

        @Test
        void unknownCurrencyRejected() {
            Invoice.Builder builder = invoice("XYZ").line(line("1", "10.00", "20"));

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid currency: XYZ; expected an ISO 4217");
        }

        @Test
        void lowerCaseCurrencyRejected() {
            Invoice.Builder builder = invoice("try").line(line("1", "10.00", "20"));

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid currency: try");
        }

        @Test
        void blankNumberRejected() {
            Invoice.Builder builder = invoice("TRY").number("  ").line(line("1", "10.00", "20"));

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid number:   ; expected a document number that is not blank");
        }

        @Test
        void missingCompanyRejected() {
            Invoice.Builder builder = invoice("TRY").companyId(null).line(line("1", "10.00", "20"));

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("missing companyId; expected the company's id");
        }

        @Test
        void nullLineRejected() {
            Invoice.Builder builder = invoice("TRY").lines(java.util.Arrays.asList(null, null));

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("missing lines[0]; expected a line");
        }

        @Test
        void linesAreCopied() {
            List<InvoiceLine> lines = new java.util.ArrayList<>();
            lines.add(line("1", "10.00", "20"));
            Invoice invoice = invoice("TRY").lines(lines).build(HALF_UP_PER_LINE);

            lines.add(line("1", "99.00", "20"));

            assertThat(invoice.lines()).hasSize(1);
            assertThat(invoice.totals().gross()).isEqualTo(money("12.00", "TRY"));
            assertThat(invoice.lines().get(0).quantity()).isEqualByComparingTo(BigDecimal.ONE);
        }
    }
}

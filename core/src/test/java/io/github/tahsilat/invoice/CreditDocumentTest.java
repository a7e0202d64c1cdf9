package io.github.tahsilat.invoice;

import static io.github.tahsilat.invoice.Fixtures.HALF_UP_PER_LINE;
import static io.github.tahsilat.invoice.Fixtures.creditNote;
import static io.github.tahsilat.invoice.Fixtures.creditOf;
import static io.github.tahsilat.invoice.Fixtures.invoiceOf;
import static io.github.tahsilat.invoice.Fixtures.line;
import static io.github.tahsilat.invoice.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreditDocumentTest {

    @Nested
    class Application {

        @Test
        void partialCreditLeavesPartiallyPaid() {
            Invoice invoice = invoiceOf("50.00", "EUR");

            CreditApplication application = invoice.applyCredit(creditOf("30.00", "EUR"));

            assertThat(application.applied()).isEqualTo(money("30.00", "EUR"));
            assertThat(application.remaining()).isEqualTo(money("0.00", "EUR"));
            assertThat(application.invoice().outstanding()).isEqualTo(money("20.00", "EUR"));
            assertThat(application.invoice().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(application.invoice().creditedAmount()).isEqualTo(money("30.00", "EUR"));
        }

        @Test
        void cashAfterCreditMarksPaid() {
            Invoice credited =
                    invoiceOf("50.00", "EUR").applyCredit(creditOf("30.00", "EUR")).invoice();

            Invoice paid = credited.applySettlement(money("20.00", "EUR"));

            assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(paid.outstanding()).isEqualTo(money("0.00", "EUR"));
        }

        @Test
        void excessCreditRemainsUnapplied() {
            Invoice invoice = invoiceOf("100.00", "EUR").applySettlement(money("80.00", "EUR"));

            CreditApplication application = invoice.applyCredit(creditOf("40.00", "EUR"));

            assertThat(application.applied()).isEqualTo(money("20.00", "EUR"));
            assertThat(application.remaining()).isEqualTo(money("20.00", "EUR"));
            assertThat(application.credit().applied()).isEqualTo(money("20.00", "EUR"));
            assertThat(application.invoice().outstanding()).isEqualTo(money("0.00", "EUR"));
            assertThat(application.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        }

        @Test
        void paidInvoiceStaysAtZero() {
            Invoice paid = invoiceOf("100.00", "EUR").applySettlement(money("100.00", "EUR"));

            CreditApplication application = paid.applyCredit(creditOf("100.00", "EUR"));

            assertThat(application.applied()).isEqualTo(money("0.00", "EUR"));
            assertThat(application.remaining()).isEqualTo(money("100.00", "EUR"));
            assertThat(application.invoice()).isEqualTo(paid);
            assertThat(application.invoice().outstanding()).isEqualTo(money("0.00", "EUR"));
        }

        @Test
        void fullCreditClosesInvoice() {
            Invoice invoice = invoiceOf("500.00", "EUR");

            Invoice credited = invoice.applyCredit(creditOf("500.00", "EUR")).invoice();

            assertThat(credited.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(credited.isOverdue(LocalDate.of(2025, 12, 31))).isFalse();
        }

        @Test
        void remainderAppliesToNextInvoice() {
            CreditApplication first =
                    invoiceOf("30.00", "EUR").applyCredit(creditOf("100.00", "EUR"));

            CreditApplication second = invoiceOf("45.50", "EUR").applyCredit(first.credit());

            assertThat(second.applied()).isEqualTo(money("45.50", "EUR"));
            assertThat(second.remaining()).isEqualTo(money("24.50", "EUR"));
            assertThat(second.credit().applied()).isEqualTo(money("75.50", "EUR"));
        }

        @Test
        void cancelledInvoiceTakesNothing() {
            Invoice cancelled = invoiceOf("100.00", "EUR").cancel();

            CreditApplication application = cancelled.applyCredit(creditOf("10.00", "EUR"));

            assertThat(application.applied()).isEqualTo(money("0.00", "EUR"));
            assertThat(application.remaining()).isEqualTo(money("10.00", "EUR"));
        }

        @Test
        void creditedInvoiceCannotBeCancelled() {
            Invoice credited =
                    invoiceOf("100.00", "EUR").applyCredit(creditOf("10.00", "EUR")).invoice();

            assertThat(credited.checkCancel().allowed()).isFalse();
            assertThat(credited.checkCancel().reason().orElseThrow())
                    .contains("has credits of 10.00 EUR applied");
        }

        @Test
        void otherCurrencyThrowsMismatch() {
            Invoice invoice = invoiceOf("100.00", "TRY");
            CreditDocument euros = creditOf("10.00", "EUR");

            assertThatThrownBy(() -> invoice.applyCredit(euros))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("EUR")
                    .hasMessageContaining("TRY");
        }

        @Test
        void otherCounterpartyRejected() {
            Invoice invoice = invoiceOf("100.00", "EUR");
            CreditDocument other =
                    creditNote("EUR")
                            .counterpartyId(CounterpartyId.random())
                            .line(line("1", "10.00", "0"))
                            .build(HALF_UP_PER_LINE);

            assertThatThrownBy(() -> invoice.applyCredit(other))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid credit.counterpartyId");
        }
    }

    @Nested
    class Refund {

        @Test
        void refundLowersUnapplied() {
            CreditDocument note = creditOf("40.00", "EUR");

            CreditDocument refunded = note.refund(money("15.00", "EUR"));

            assertThat(refunded.unapplied()).isEqualTo(money("25.00", "EUR"));
            assertThat(refunded.applied()).isEqualTo(money("15.00", "EUR"));
            assertThat(refunded.amount()).isEqualTo(money("40.00", "EUR"));
            assertThat(note.unapplied()).isEqualTo(money("40.00", "EUR"));
        }

        @Test
        void restAfterApplicationRefundable() {
            Invoice invoice = invoiceOf("30.00", "EUR");
            CreditDocument rest = invoice.applyCredit(creditOf("40.00", "EUR")).credit();

            CreditDocument refunded = rest.refund(money("10.00", "EUR"));

            assertThat(refunded.unapplied()).isEqualTo(money("0.00", "EUR"));
            assertThatThrownBy(() -> refunded.refund(money("0.01", "EUR")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("0.01")
                    .hasMessageContaining("0.00");
        }

        @Test
        void refundAboveUnappliedRejected() {
            CreditDocument note = creditOf("40.00", "EUR");

            assertThatThrownBy(() -> note.refund(money("40.01", "EUR")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("40.01")
                    .hasMessageContaining("40.00");
        }

        @Test
        void refundInOtherCurrencyRejected() {
            CreditDocument note = creditOf("40.00", "EUR");

            assertThatThrownBy(() -> note.refund(money("1.00", "TRY")))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("EUR")
                    .hasMessageContaining("TRY");
        }
    }

    @Nested
    class Documents {

        @Test
        void returnInvoiceRefersToOurNumber() {
            Invoice invoice = invoiceOf("118.00", "TRY");
            CreditDocument returned =
                    creditNote("TRY")
                            .kind(CreditDocumentKind.RETURN_INVOICE)
                            .number("DMY2018000000001")
                            .reference(InvoiceReference.toNumber(invoice.number()))
                            .line(line("1", "10.00", "18"))
                            .build(HALF_UP_PER_LINE);

            assertThat(returned.kind()).isEqualTo(CreditDocumentKind.RETURN_INVOICE);
            assertThat(returned.refersTo(invoice)).isTrue();
            assertThat(returned.totals().vat()).isEqualTo(money("1.80", "TRY"));
            assertThat(returned.amount()).isEqualTo(money("11.80", "TRY"));
            assertThat(returned.unapplied()).isEqualTo(money("11.80", "TRY"));
        }

        @Test
        void referenceByIdMatchesOnlyThatInvoice() {
            Invoice invoice = invoiceOf("100.00", "EUR");
            CreditDocument credit =
                    creditNote("EUR")
                            .reference(InvoiceReference.to(InvoiceId.random()))
                            .line(line("1", "10.00", "0"))
                            .build(HALF_UP_PER_LINE);

            assertThat(credit.refersTo(invoice)).isFalse();
        }

        @Test
        void creditAmountIsNetOfWithholding() {
            CreditDocument credit =
                    creditNote("TRY")
                            .line(
                                    line("1", "1000.00", "20")
                                            .withWithholding(
                                                    VatWithholding.of(WithholdingCode.CLEANING)))
                            .build(HALF_UP_PER_LINE);

            assertThat(credit.totals().gross()).isEqualTo(money("1200.00", "TRY"));
            assertThat(credit.amount()).isEqualTo(money("1020.00", "TRY"));
        }

        @Test
        void referenceNeedsIdOrNumber() {
            assertThatThrownBy(() -> new InvoiceReference(null, null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "missing reference; expected the id or the number of the invoice, or"
                                    + " both");
        }

        @Test
        void missingKindRejected() {
            CreditDocument.Builder builder = creditNote("EUR").kind(null).line(line("1", "1", "0"));

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("missing kind; expected CREDIT_NOTE or RETURN_INVOICE");
        }
    }
}

package io.github.tahsilat.invoice;

import static io.github.tahsilat.invoice.Fixtures.HALF_UP_PER_LINE;
import static io.github.tahsilat.invoice.Fixtures.creditOf;
import static io.github.tahsilat.invoice.Fixtures.invoice;
import static io.github.tahsilat.invoice.Fixtures.invoiceOf;
import static io.github.tahsilat.invoice.Fixtures.line;
import static io.github.tahsilat.invoice.Fixtures.money;
import static io.github.tahsilat.invoice.Fixtures.twoInstallments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvoiceRestoreTest {

    @Nested
    class Invoices {

        @Test
        void restoredStateEqualsOriginal() {
            Invoice original =
                    invoice("TRY")
                            .terms(twoInstallments())
                            .line(
                                    line("3", "100.00", "20")
                                            .withDiscount(LineDiscount.percent(BigDecimal.TEN))
                                            .withWithholding(
                                                    VatWithholding.of(WithholdingCode.CLEANING)))
                            .line(
                                    line("1", "50.00", "10")
                                            .withDiscount(LineDiscount.amount(money("5.5", "TRY"))))
                            .build(HALF_UP_PER_LINE)
                            .applySettlement(money("100.00", "TRY"))
                            .openDispute("wrong colour", Fixtures.ISSUED.plusDays(2));

            Invoice restored = Invoice.restore(original.state());

            assertThat(restored).isEqualTo(original);
            assertThat(restored.outstanding()).isEqualTo(original.outstanding());
            assertThat(restored.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        }

        @Test
        void writtenOffStateRestores() {
            Invoice original = invoiceOf("80.00", "EUR").writeOff();

            assertThat(Invoice.restore(original.state())).isEqualTo(original);
        }

        @Test
        void statusNotMatchingAmountsRejected() {
            InvoiceState state = invoiceOf("80.00", "EUR").state();
            InvoiceState paidButOpen =
                    new InvoiceState(
                            state.id(),
                            state.companyId(),
                            state.counterpartyId(),
                            state.number(),
                            state.direction(),
                            state.issueDate(),
                            state.currency(),
                            state.priceBasis(),
                            state.terms(),
                            state.lines(),
                            state.computedTotals(),
                            state.printedTotals(),
                            state.dueSchedule(),
                            InvoiceStatus.OPEN,
                            money("80.00", "EUR"),
                            state.credited(),
                            state.writtenOff(),
                            Optional.empty());

            assertThatThrownBy(() -> Invoice.restore(paidButOpen))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid status: OPEN")
                    .hasMessageContaining("which is PAID");
        }

        @Test
        void totalsInOtherCurrencyRejected() {
            InvoiceState state = invoiceOf("80.00", "EUR").state();
            InvoiceState mixed =
                    new InvoiceState(
                            state.id(),
                            state.companyId(),
                            state.counterpartyId(),
                            state.number(),
                            state.direction(),
                            state.issueDate(),
                            state.currency(),
                            state.priceBasis(),
                            state.terms(),
                            state.lines(),
                            invoiceOf("80.00", "TRY").totals(),
                            state.printedTotals(),
                            state.dueSchedule(),
                            state.status(),
                            state.settled(),
                            state.credited(),
                            state.writtenOff(),
                            state.dispute());

            assertThatThrownBy(() -> Invoice.restore(mixed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("computedTotals");
        }
    }

    @Nested
    class CreditDocuments {

        @Test
        void partlyAppliedCreditRestores() {
            CreditDocument credit =
                    invoiceOf("30.00", "EUR").applyCredit(creditOf("50.00", "EUR")).credit();

            CreditDocument restored = CreditDocument.restore(credit.state());

            assertThat(restored).isEqualTo(credit);
            assertThat(restored.unapplied()).isEqualTo(money("20.00", "EUR"));
        }

        @Test
        void appliedAboveAmountRejected() {
            CreditDocumentState state = creditOf("50.00", "EUR").state();
            CreditDocumentState over =
                    new CreditDocumentState(
                            state.id(),
                            state.kind(),
                            state.number(),
                            state.companyId(),
                            state.counterpartyId(),
                            state.direction(),
                            state.issueDate(),
                            state.reference(),
                            state.currency(),
                            state.priceBasis(),
                            List.copyOf(state.lines()),
                            state.computedTotals(),
                            state.printedTotals(),
                            money("50.01", "EUR"));

            assertThatThrownBy(() -> CreditDocument.restore(over))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid applied: 50.01 EUR");
        }
    }
}

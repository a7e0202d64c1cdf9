package io.github.tahsilat.report;

import static io.github.tahsilat.report.ReportFixtures.at;
import static io.github.tahsilat.report.ReportFixtures.eur;
import static io.github.tahsilat.report.ReportFixtures.instant;
import static io.github.tahsilat.report.ReportFixtures.invoice;
import static io.github.tahsilat.report.ReportFixtures.ledger;
import static io.github.tahsilat.report.ReportFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.ledger.CounterpartyLedger;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpenItemsTest {

    private static final Invoice SPLIT =
            invoice(
                    "INV-1",
                    LocalDate.parse("2025-01-01"),
                    "200.00",
                    PaymentTermsNotation.parse("50% NET 30; 50% NET 60"));

    private static CounterpartyLedger paidInPart() {
        return ledger().addInvoice(SPLIT, at(1))
                .recordPayment(
                        payment(LocalDate.parse("2025-02-15"), eur("120.00")),
                        List.of(),
                        AllocationPolicy.defaults(),
                        instant(2))
                .ledger();
    }

    @Nested
    class InstallmentsOnDate {

        @Test
        void beforePaymentBothInstallmentsOpen() {
            List<OpenItemLine> lines =
                    Aging.openItems(
                            paidInPart(),
                            List.of(SPLIT),
                            AgingOptions.asOf(LocalDate.parse("2025-02-10")));

            assertThat(lines)
                    .extracting(
                            OpenItemLine::installment, OpenItemLine::dueDate, OpenItemLine::open)
                    .containsExactly(
                            tuple(1, LocalDate.parse("2025-01-31"), eur("100.00")),
                            tuple(2, LocalDate.parse("2025-03-02"), eur("100.00")));
        }

        @Test
        void paymentCoversEarliestInstallmentFirst() {
            List<OpenItemLine> lines =
                    Aging.openItems(
                            paidInPart(),
                            List.of(SPLIT),
                            AgingOptions.asOf(LocalDate.parse("2025-03-01")));

            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).installment()).isEqualTo(2);
            assertThat(lines.get(0).open()).isEqualTo(eur("80.00"));
            assertThat(lines.get(0).daysPastDue()).isEqualTo(-1);
            assertThat(AverageDueDate.ofOpenItems(lines)).isEqualTo(LocalDate.parse("2025-03-02"));
        }
    }
}

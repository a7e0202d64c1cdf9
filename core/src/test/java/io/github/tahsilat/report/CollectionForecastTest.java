package io.github.tahsilat.report;

import static io.github.tahsilat.report.ReportFixtures.at;
import static io.github.tahsilat.report.ReportFixtures.eur;
import static io.github.tahsilat.report.ReportFixtures.instant;
import static io.github.tahsilat.report.ReportFixtures.invoice;
import static io.github.tahsilat.report.ReportFixtures.ledger;
import static io.github.tahsilat.report.ReportFixtures.payment;
import static io.github.tahsilat.report.ReportFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.ledger.CounterpartyLedger;
import io.github.tahsilat.terms.NetDays;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CollectionForecastTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-03-01");
    private static final Invoice PAID =
            invoice("INV-A", LocalDate.parse("2025-01-01"), "100.00", new NetDays(30));
    private static final Invoice SECOND =
            invoice("INV-B", LocalDate.parse("2025-02-03"), "200.00", new NetDays(30));
    private static final Invoice THIRD =
            invoice("INV-C", LocalDate.parse("2025-02-18"), "300.00", new NetDays(30));
    private static final List<Invoice> INVOICES = List.of(PAID, SECOND, THIRD);

    private static CounterpartyLedger pay(
            CounterpartyLedger ledger, String date, String amount, int minute) {
        return ledger.recordPayment(
                        payment(LocalDate.parse(date), eur(amount)),
                        List.of(),
                        AllocationPolicy.defaults(),
                        instant(minute))
                .ledger();
    }

    /** INV-A paid 10 days late; INV-B and INV-C open on the forecast date. */
    private static CounterpartyLedger history() {
        CounterpartyLedger ledger =
                ledger().addInvoice(PAID, at(1)).addInvoice(SECOND, at(2)).addInvoice(THIRD, at(3));
        return pay(ledger, "2025-02-10", "100.00", 4);
    }

    private static CollectionForecast weekly() {
        return CollectionForecast.of(
                history(), INVOICES, AS_OF, CollectionForecast.Step.WEEK, 5, 365);
    }

    @Nested
    class WeeklyForecast {

        @Test
        void latenessFromSettledHistory() {
            assertThat(weekly().lateness()).isEqualTo(10);
        }

        @Test
        void dueDateAndLatenessColumns() {
            CollectionForecast forecast = weekly();

            List<MonetaryAmount> byDue =
                    forecast.periods().stream().map(ForecastPeriod::byDueDate).toList();
            List<MonetaryAmount> byLate =
                    forecast.periods().stream().map(ForecastPeriod::byLateness).toList();
            assertThat(plain(byDue)).containsExactly("200.00", "0.00", "300.00", "0.00", "0.00");
            assertThat(plain(byLate)).containsExactly("0.00", "0.00", "200.00", "0.00", "300.00");
            assertThat(forecast.periods().get(4).end()).isEqualTo(LocalDate.parse("2025-04-04"));
        }

        @Test
        void errorAgainstWhatHappened() {
            CounterpartyLedger later =
                    pay(pay(history(), "2025-03-15", "200.00", 5), "2025-04-01", "300.00", 6);

            ForecastError error = weekly().errorAgainst(later, INVOICES);

            assertThat(error.dueDateMae()).isEqualTo(eur("120.00"));
            assertThat(error.dueDateBias()).isEqualTo(eur("0.00"));
            assertThat(error.latenessMae()).isEqualTo(eur("0.00"));
            assertThat(error.latenessBias()).isEqualTo(eur("0.00"));
        }

        @Test
        void noHistoryMeansNoLateness() {
            CounterpartyLedger fresh = ledger().addInvoice(SECOND, at(1));

            CollectionForecast forecast =
                    CollectionForecast.of(
                            fresh, List.of(SECOND), AS_OF, CollectionForecast.Step.MONTH, 2, 90);

            assertThat(forecast.lateness()).isZero();
            assertThat(forecast.periods().get(0).byLateness()).isEqualTo(eur("200.00"));
            assertThat(forecast.periods().get(1).start()).isEqualTo(LocalDate.parse("2025-04-01"));
        }
    }
}

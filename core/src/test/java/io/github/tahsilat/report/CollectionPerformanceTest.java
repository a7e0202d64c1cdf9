package io.github.tahsilat.report;

import static io.github.tahsilat.report.ReportFixtures.at;
import static io.github.tahsilat.report.ReportFixtures.eur;
import static io.github.tahsilat.report.ReportFixtures.instant;
import static io.github.tahsilat.report.ReportFixtures.invoice;
import static io.github.tahsilat.report.ReportFixtures.ledger;
import static io.github.tahsilat.report.ReportFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.ledger.CounterpartyLedger;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.terms.NetDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionPerformanceTest {

    private static final Invoice JANUARY =
            invoice("INV-1", LocalDate.parse("2025-01-10"), "1000.00", new NetDays(30));
    private static final Invoice FEBRUARY =
            invoice("INV-2", LocalDate.parse("2025-02-15"), "500.00", new NetDays(30));

    /** 1,000.00 issued 10 January, 500.00 issued 15 February, 600.00 paid 20 February. */
    private static CounterpartyLedger smallLedger() {
        return ledger().addInvoice(JANUARY, at(1))
                .addInvoice(FEBRUARY, at(2))
                .recordPayment(
                        payment(LocalDate.parse("2025-02-20"), eur("600.00")),
                        List.of(),
                        AllocationPolicy.defaults(),
                        instant(3))
                .ledger();
    }

    private static CollectionMetrics february() {
        return CollectionPerformance.of(
                smallLedger(),
                List.of(JANUARY, FEBRUARY),
                LocalDate.parse("2025-02-01"),
                LocalDate.parse("2025-02-28"));
    }

    @Nested
    class HandComputedLedger {

        @Test
        void receivablesAndSalesOfPeriod() {
            CollectionMetrics metrics = february();

            assertThat(metrics.openingReceivables()).isEqualTo(eur("1000.00"));
            assertThat(metrics.creditSales()).isEqualTo(eur("500.00"));
            assertThat(metrics.closingReceivables()).isEqualTo(eur("900.00"));
            assertThat(metrics.closingCurrent()).isEqualTo(eur("500.00"));
        }

        @ParameterizedTest
        @CsvSource({
            "dso, 50.40",
            "countback, 40.40",
            "cei, 60.00",
            "daysToPay, 41.00",
            "beyondTerms, 11.00",
        })
        void ratiosOfPeriod(String figure, BigDecimal expected) {
            CollectionMetrics metrics = february();

            Optional<BigDecimal> actual =
                    switch (figure) {
                        case "dso" -> metrics.dso();
                        case "countback" -> metrics.countbackDso();
                        case "cei" -> metrics.cei();
                        case "daysToPay" -> metrics.averageDaysToPay();
                        default -> metrics.averageDaysBeyondTerms();
                    };

            assertThat(actual).contains(expected);
        }

        @Test
        void periodWithoutSalesHasNoDso() {
            CollectionMetrics metrics =
                    CollectionPerformance.of(
                            smallLedger(),
                            List.of(JANUARY, FEBRUARY),
                            LocalDate.parse("2025-03-01"),
                            LocalDate.parse("2025-03-31"));

            assertThat(metrics.dso()).isEmpty();
            assertThat(metrics.averageDaysToPay()).isEmpty();
        }
    }

    @Nested
    class SupplierPunctuality {

        @Test
        void payablesShowOurLateness() {
            Invoice supplier =
                    invoice(
                            "SUP-1",
                            LocalDate.parse("2025-01-10"),
                            "1000.00",
                            new NetDays(30),
                            Direction.PAYABLE);
            CounterpartyLedger ledger =
                    ledger().addInvoice(supplier, at(1))
                            .recordPayment(
                                    payment(
                                            LocalDate.parse("2025-02-14"),
                                            eur("1000.00"),
                                            PaymentDirection.PAID),
                                    List.of(),
                                    AllocationPolicy.defaults(),
                                    instant(2))
                            .ledger();

            CollectionMetrics metrics =
                    CollectionPerformance.of(
                            ledger,
                            List.of(supplier),
                            LocalDate.parse("2025-02-01"),
                            LocalDate.parse("2025-02-28"),
                            Direction.PAYABLE);
            CollectionMetrics receivables =
                    CollectionPerformance.of(
                            ledger,
                            List.of(supplier),
                            LocalDate.parse("2025-02-01"),
                            LocalDate.parse("2025-02-28"));

            assertThat(metrics.openingReceivables()).isEqualTo(eur("1000.00"));
            assertThat(metrics.closingReceivables()).isEqualTo(eur("0.00"));
            assertThat(metrics.averageDaysToPay()).contains(new BigDecimal("35.00"));
            assertThat(metrics.averageDaysBeyondTerms()).contains(new BigDecimal("5.00"));
            assertThat(receivables.openingReceivables()).isEqualTo(eur("0.00"));
            assertThat(receivables.averageDaysToPay()).isEmpty();
        }
    }
}

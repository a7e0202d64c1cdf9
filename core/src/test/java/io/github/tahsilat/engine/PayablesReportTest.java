package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CALENDAR;
import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.firm;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.report.CollectionMetrics;
import io.github.tahsilat.report.PaymentPunctuality;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.NetDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Payables reports apart from receivables. A supplier's P-1 (due 2025-09-03) is paid on 2025-09-08
 * and P-2 (due 2025-10-10) is open; a customer's INV-1 (due 2025-10-01) is half paid on 2025-09-25.
 */
class PayablesReportTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final LocalDate SEPTEMBER_1 = LocalDate.of(2025, 9, 1);
    private static final LocalDate SEPTEMBER_30 = LocalDate.of(2025, 9, 30);

    private final CompanyId companyId = CompanyId.random();
    private Tahsilat engine;
    private Counterparty customer;
    private Counterparty supplier;

    @BeforeEach
    void recordBothSides() {
        engine =
                Tahsilat.builder()
                        .stores(InMemoryStores.create())
                        .clock(new MutableClock(NOW))
                        .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                        .build();
        engine.companies().register(company(companyId));
        customer = person(companyId);
        supplier = firm(companyId);
        engine.counterparties().register(customer);
        engine.counterparties().register(supplier);
        issue(customer, "INV-1", Direction.RECEIVABLE, "2025-09-01", "1000.00");
        issue(supplier, "P-1", Direction.PAYABLE, "2025-08-04", "400.00");
        issue(supplier, "P-2", Direction.PAYABLE, "2025-09-10", "600.00");
        pay(supplier, PaymentDirection.PAID, "400.00", "2025-09-08");
        pay(customer, PaymentDirection.RECEIVED, "500.00", "2025-09-25");
    }

    private void issue(
            Counterparty party,
            String number,
            Direction direction,
            String issueDate,
            String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(party.id())
                        .number(number)
                        .direction(direction)
                        .currency("TRY")
                        .issueDate(LocalDate.parse(issueDate))
                        .terms(new NetDays(30))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
    }

    private void pay(
            Counterparty party, PaymentDirection direction, String amount, String valueDate) {
        Payment payment =
                Payment.builder()
                        .companyId(companyId)
                        .counterpartyId(party.id())
                        .direction(direction)
                        .valueDate(LocalDate.parse(valueDate))
                        .amount(money(amount, "TRY"))
                        .actor("clerk-7")
                        .build();
        engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private AgingReport aging(LocalDate asOf, Direction side) {
        return engine.reports().aging(companyId, AgingOptions.asOf(asOf).side(side));
    }

    @Nested
    class Aging {

        @Test
        void replayedPayablesLeaveReceivablesOut() {
            AgingReport payables = aging(SEPTEMBER_30, Direction.PAYABLE);
            AgingReport receivables = aging(SEPTEMBER_30, Direction.RECEIVABLE);

            assertThat(payables.lines()).hasSize(1);
            assertThat(payables.lines().get(0).counterpartyId()).isEqualTo(supplier.id());
            assertThat(payables.totals().get(0).buckets().get(0)).isEqualTo(lira("600.00"));
            assertThat(payables.totals().get(0).total()).isEqualTo(lira("600.00"));
            assertThat(receivables.lines()).hasSize(1);
            assertThat(receivables.lines().get(0).counterpartyId()).isEqualTo(customer.id());
            assertThat(receivables.totals().get(0).total()).isEqualTo(lira("500.00"));
        }

        @Test
        void storedPayablesLeaveReceivablesOut() {
            AgingReport payables = aging(TODAY, Direction.PAYABLE);
            AgingReport receivables = aging(TODAY, Direction.RECEIVABLE);

            // P-2 is 11 days past due and INV-1 20 days.
            assertThat(payables.lines()).hasSize(1);
            assertThat(payables.totals().get(0).buckets())
                    .containsExactly(
                            lira("0.00"), lira("600.00"), lira("0.00"), lira("0.00"), lira("0.00"));
            assertThat(receivables.lines()).hasSize(1);
            assertThat(receivables.totals().get(0).buckets().get(1)).isEqualTo(lira("500.00"));
            assertThat(receivables.totals().get(0).total()).isEqualTo(lira("500.00"));
        }
    }

    @Nested
    class Punctuality {

        @Test
        void supplierPaidFiveDaysLate() {
            List<PaymentPunctuality> lines =
                    engine.reports()
                            .paymentPunctuality(
                                    companyId, TRY, SEPTEMBER_1, SEPTEMBER_30, Direction.PAYABLE);

            assertThat(lines).hasSize(1);
            PaymentPunctuality line = lines.get(0);
            assertThat(line.counterpartyId()).isEqualTo(supplier.id());
            assertThat(line.applied()).isEqualTo(lira("400.00"));
            assertThat(line.averageDaysToPay()).contains(new BigDecimal("35.00"));
            assertThat(line.averageDaysBeyondTerms()).contains(new BigDecimal("5.00"));
        }

        @Test
        void customerPaidSixDaysEarly() {
            List<PaymentPunctuality> lines =
                    engine.reports()
                            .paymentPunctuality(
                                    companyId,
                                    TRY,
                                    SEPTEMBER_1,
                                    SEPTEMBER_30,
                                    Direction.RECEIVABLE);

            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).counterpartyId()).isEqualTo(customer.id());
            assertThat(lines.get(0).applied()).isEqualTo(lira("500.00"));
            assertThat(lines.get(0).averageDaysToPay()).contains(new BigDecimal("24.00"));
            assertThat(lines.get(0).averageDaysBeyondTerms()).contains(new BigDecimal("-6.00"));
        }

        @Test
        void periodWithoutPaymentsIsEmpty() {
            List<PaymentPunctuality> lines =
                    engine.reports()
                            .paymentPunctuality(
                                    companyId,
                                    TRY,
                                    LocalDate.of(2025, 10, 1),
                                    LocalDate.of(2025, 10, 20),
                                    Direction.PAYABLE);

            assertThat(lines).isEmpty();
        }
    }

    @Nested
    class DaysPayable {

        @Test
        void payablesFiguresOverSeptember() {
            CollectionMetrics figures =
                    engine.reports()
                            .collectionMetrics(
                                    companyId, TRY, SEPTEMBER_1, SEPTEMBER_30, Direction.PAYABLE);

            assertThat(figures.openingReceivables()).isEqualTo(lira("400.00"));
            assertThat(figures.creditSales()).isEqualTo(lira("600.00"));
            assertThat(figures.closingReceivables()).isEqualTo(lira("600.00"));
            assertThat(figures.closingCurrent()).isEqualTo(lira("600.00"));
            assertThat(figures.dso()).contains(new BigDecimal("30.00"));
            assertThat(figures.countbackDso()).contains(new BigDecimal("30.00"));
            assertThat(figures.cei()).contains(new BigDecimal("100.00"));
            assertThat(figures.averageDaysToPay()).contains(new BigDecimal("35.00"));
            assertThat(figures.averageDaysBeyondTerms()).contains(new BigDecimal("5.00"));
        }

        @Test
        void receivablesFiguresLeavePayablesOut() {
            CollectionMetrics figures =
                    engine.reports().collectionMetrics(companyId, TRY, SEPTEMBER_1, SEPTEMBER_30);

            assertThat(figures.openingReceivables()).isEqualTo(lira("0.00"));
            assertThat(figures.creditSales()).isEqualTo(lira("1000.00"));
            assertThat(figures.closingReceivables()).isEqualTo(lira("500.00"));
            assertThat(figures.dso()).contains(new BigDecimal("15.00"));
            assertThat(figures.averageDaysBeyondTerms()).contains(new BigDecimal("-6.00"));
        }
    }
}

package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CALENDAR;
import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.firm;
import static io.github.tahsilat.engine.EngineFixtures.invoice;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.FixedRateTable;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.report.AgingAmounts;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.report.CollectionMetrics;
import io.github.tahsilat.report.FunctionalTotals;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.NetDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportServiceTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");

    private final CompanyId companyId = CompanyId.random();
    private Tahsilat engine;
    private Counterparty customer;

    @BeforeEach
    void registerParties() {
        engine = engine(InMemoryStores.create());
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private void issue(String number, int daysAgo, int netDays) {
        engine.invoices()
                .issue(
                        InvoiceRequest.of(
                                invoice(customer, number)
                                        .issueDate(TODAY.minusDays(daysAgo))
                                        .terms(new NetDays(netDays))
                                        .line(line("1", "100.00", "0"))
                                        .build(CONTEXT)));
    }

    @Nested
    class PastDates {

        private final MutableClock clock = new MutableClock(NOW);

        @BeforeEach
        void useMovingClock() {
            engine =
                    Tahsilat.builder()
                            .stores(InMemoryStores.create())
                            .clock(clock)
                            .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                            .build();
            engine.companies().register(company(companyId));
            engine.counterparties().register(customer);
        }

        private Invoice issueOn(String number, LocalDate issueDate, String amount) {
            return issueOn(number, issueDate, amount, "TRY");
        }

        private Invoice issueOn(
                String number, LocalDate issueDate, String amount, String currency) {
            return issueTo(customer, number, issueDate, amount, currency);
        }

        private Invoice issueTo(
                Counterparty party,
                String number,
                LocalDate issueDate,
                String amount,
                String currency) {
            Invoice invoice =
                    Invoice.builder()
                            .companyId(companyId)
                            .counterpartyId(party.id())
                            .number(number)
                            .direction(Direction.RECEIVABLE)
                            .currency(currency)
                            .issueDate(issueDate)
                            .terms(new NetDays(30))
                            .line(line("1", amount, "0"))
                            .build(CONTEXT);
            engine.invoices().issue(InvoiceRequest.of(invoice));
            return invoice;
        }

        private Payment pay(String amount, LocalDate valueDate) {
            return payFrom(customer, amount, valueDate);
        }

        private Payment payFrom(Counterparty party, String amount, LocalDate valueDate) {
            Payment payment =
                    Payment.builder()
                            .companyId(companyId)
                            .counterpartyId(party.id())
                            .valueDate(valueDate)
                            .amount(money(amount, "TRY"))
                            .actor("clerk-7")
                            .build();
            engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
            return payment;
        }

        private AgingAmounts totalOn(LocalDate asOf, Instant knownAt) {
            AgingReport report =
                    engine.reports().aging(companyId, AgingOptions.asOf(asOf).knownAt(knownAt));
            assertThat(report.lines()).hasSize(1);
            return report.totals().get(0);
        }

        private MonetaryAmount balanceOn(LocalDate asOf, Instant knownAt) {
            return engine.payments().balance(companyId, customer.id(), TRY, asOf, knownAt);
        }

        @Test
        void pastAgingIgnoresLaterPayments() {
            // Due 2025-07-31 and 2025-10-01; the third invoice is issued after the date.
            issueOn("INV-1", LocalDate.of(2025, 7, 1), "1000.00");
            issueOn("INV-2", LocalDate.of(2025, 9, 1), "500.00");
            issueOn("INV-3", LocalDate.of(2025, 10, 1), "200.00");
            pay("300.00", LocalDate.of(2025, 9, 10));
            pay("1200.00", LocalDate.of(2025, 10, 5));
            LocalDate asOf = LocalDate.of(2025, 9, 15);

            AgingAmounts total = totalOn(asOf, Instant.MAX);

            assertThat(total.buckets())
                    .containsExactly(
                            lira("500.00"),
                            lira("0.00"),
                            lira("700.00"),
                            lira("0.00"),
                            lira("0.00"));
            assertThat(total.unappliedCredit()).isEqualTo(lira("0.00"));
            assertThat(total.net()).isEqualTo(balanceOn(asOf, Instant.MAX));
            assertThat(engine.reports().aging(companyId).totals().get(0).total())
                    .isEqualTo(lira("200.00"));
        }

        @Test
        void pastAgingShowsOverpaymentAsCredit() {
            issueOn("INV-1", LocalDate.of(2025, 9, 1), "100.00");
            pay("150.00", LocalDate.of(2025, 9, 5));
            LocalDate asOf = LocalDate.of(2025, 9, 10);

            AgingAmounts total = totalOn(asOf, Instant.MAX);

            assertThat(total.total()).isEqualTo(lira("0.00"));
            assertThat(total.unappliedCredit()).isEqualTo(lira("50.00"));
            assertThat(total.net()).isEqualTo(lira("-50.00"));
            assertThat(total.net()).isEqualTo(balanceOn(asOf, Instant.MAX));
        }

        @Test
        void backdatedPaymentCountsOnceKnown() {
            issueOn("INV-1", LocalDate.of(2025, 7, 1), "1000.00");
            Instant recorded = NOW.plus(Duration.ofHours(2));
            clock.set(recorded);
            pay("300.00", LocalDate.of(2025, 9, 10));
            LocalDate asOf = LocalDate.of(2025, 9, 15);

            AgingAmounts before = totalOn(asOf, recorded.minusSeconds(1));
            AgingAmounts at = totalOn(asOf, recorded);
            AgingAmounts everything = totalOn(asOf, Instant.MAX);

            assertThat(before.buckets().get(2)).isEqualTo(lira("1000.00"));
            assertThat(at.buckets().get(2)).isEqualTo(lira("700.00"));
            assertThat(everything.buckets().get(2)).isEqualTo(lira("700.00"));
            assertThat(before.net()).isEqualTo(balanceOn(asOf, recorded.minusSeconds(1)));
        }

        @Test
        void agingKnownAtTodayReplaysLedger() {
            issueOn("INV-1", LocalDate.of(2025, 10, 1), "100.00");
            clock.set(NOW.plus(Duration.ofHours(1)));
            pay("40.00", LocalDate.of(2025, 10, 2));

            AgingAmounts total = totalOn(TODAY, NOW);

            assertThat(total.buckets().get(0)).isEqualTo(lira("100.00"));
        }

        @Test
        void functionalTotalsUseCompanyRounding() {
            issueOn("INV-1", LocalDate.of(2025, 9, 1), "100.00");
            issueOn("INV-2", LocalDate.of(2025, 9, 1), "0.03", "EUR");
            CurrencyUnit euro = Monetary.getCurrency("EUR");
            FixedRateTable rates =
                    FixedRateTable.of(
                            new FxRate(
                                    euro, TRY, new BigDecimal("35.5"), LocalDate.of(2025, 9, 9)));

            AgingReport report =
                    engine.reports()
                            .aging(
                                    companyId,
                                    AgingOptions.asOf(LocalDate.of(2025, 9, 10)),
                                    rates,
                                    LocalDate.of(2025, 9, 10));

            FunctionalTotals totals = report.functionalTotals().orElseThrow();
            assertThat(report.totals()).hasSize(2);
            assertThat(totals.currency()).isEqualTo(TRY);
            assertThat(totals.roundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
            assertThat(totals.perCurrency().get(0).amounts().buckets().get(0))
                    .isEqualTo(lira("1.06"));
            assertThat(totals.total().buckets().get(0)).isEqualTo(lira("101.06"));
        }

        @Test
        void functionalTotalsPerCounterparty() {
            Counterparty other = firm(companyId);
            engine.counterparties().register(other);
            issueOn("INV-1", LocalDate.of(2025, 9, 1), "100.00");
            issueOn("INV-2", LocalDate.of(2025, 9, 1), "0.01", "EUR");
            issueTo(other, "INV-3", LocalDate.of(2025, 9, 1), "0.01", "EUR");
            CurrencyUnit euro = Monetary.getCurrency("EUR");
            FixedRateTable rates =
                    FixedRateTable.of(
                            new FxRate(
                                    euro, TRY, new BigDecimal("35.5"), LocalDate.of(2025, 9, 9)));

            FunctionalTotals totals =
                    engine.reports()
                            .aging(
                                    companyId,
                                    AgingOptions.asOf(LocalDate.of(2025, 9, 10)),
                                    rates,
                                    LocalDate.of(2025, 9, 10))
                            .functionalTotals()
                            .orElseThrow();

            Map<CounterpartyId, AgingAmounts> byCounterparty = new HashMap<>();
            totals.perCounterparty()
                    .forEach(line -> byCounterparty.put(line.counterpartyId(), line.amounts()));
            assertThat(byCounterparty).hasSize(2);
            // Each 0.01 EUR line is 0.355 TRY, rounded half-even to 0.36 on its own.
            assertThat(byCounterparty.get(customer.id()).buckets())
                    .containsExactly(
                            lira("100.36"), lira("0.00"), lira("0.00"), lira("0.00"), lira("0.00"));
            assertThat(byCounterparty.get(other.id()).buckets().get(0)).isEqualTo(lira("0.36"));
            assertThat(byCounterparty.get(other.id()).total()).isEqualTo(lira("0.36"));
            // The 0.02 EUR total is 0.71 TRY, converted once.
            assertThat(totals.total().buckets().get(0)).isEqualTo(lira("100.71"));
        }

        @Test
        void companyFiguresOverTwoCustomers() {
            Counterparty other = firm(companyId);
            engine.counterparties().register(other);
            // Due 2025-09-03, 2025-10-10 and 2025-10-15.
            issueOn("INV-1", LocalDate.of(2025, 8, 4), "1000.00");
            issueOn("INV-2", LocalDate.of(2025, 9, 10), "600.00");
            issueTo(other, "INV-3", LocalDate.of(2025, 9, 15), "200.00", "TRY");
            pay("400.00", LocalDate.of(2025, 9, 13));
            payFrom(other, "200.00", LocalDate.of(2025, 9, 20));

            CollectionMetrics figures =
                    engine.reports()
                            .collectionMetrics(
                                    companyId,
                                    TRY,
                                    LocalDate.of(2025, 9, 1),
                                    LocalDate.of(2025, 9, 30));

            assertThat(figures.openingReceivables()).isEqualTo(lira("1000.00"));
            assertThat(figures.creditSales()).isEqualTo(lira("800.00"));
            assertThat(figures.closingReceivables()).isEqualTo(lira("1200.00"));
            assertThat(figures.closingCurrent()).isEqualTo(lira("600.00"));
            assertThat(figures.dso()).contains(new BigDecimal("45.00"));
            assertThat(figures.countbackDso()).contains(new BigDecimal("42.40"));
            assertThat(figures.cei()).contains(new BigDecimal("50.00"));
            assertThat(figures.averageDaysToPay()).contains(new BigDecimal("28.33"));
            assertThat(figures.averageDaysBeyondTerms()).contains(new BigDecimal("-1.67"));
        }

        @Test
        void figuresRejectReversedPeriod() {
            assertThatThrownBy(
                            () ->
                                    engine.reports()
                                            .collectionMetrics(
                                                    companyId,
                                                    TRY,
                                                    LocalDate.of(2025, 9, 30),
                                                    LocalDate.of(2025, 9, 1)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("2025-09-30");
        }

        @Test
        void reversedPaymentReopensItem() {
            issueOn("INV-1", LocalDate.of(2025, 9, 1), "100.00");
            Payment payment = pay("100.00", LocalDate.of(2025, 9, 5));
            engine.payments().reverse(companyId, payment.id(), LocalDate.of(2025, 9, 8), "bounced");
            LocalDate asOf = LocalDate.of(2025, 9, 10);

            AgingAmounts total = totalOn(asOf, Instant.MAX);

            assertThat(total.buckets().get(0)).isEqualTo(lira("100.00"));
            assertThat(total.unappliedCredit()).isEqualTo(lira("0.00"));
            assertThat(total.net()).isEqualTo(balanceOn(asOf, Instant.MAX));
        }
    }

    @Nested
    class StoredOpenItems {

        @Test
        void agingReadsStoredOpenItems() {
            issue("INV-1", 10, 30);
            issue("INV-2", 50, 10);
            issue("INV-3", 200, 30);

            AgingReport report = engine.reports().aging(companyId);

            AgingAmounts total = report.totals().get(0);
            assertThat(total.buckets())
                    .extracting(MonetaryAmount::isZero)
                    .containsExactly(false, true, false, true, false);
            assertThat(total.total()).isEqualTo(total.buckets().get(0).multiply(3));
            assertThat(report.options().asOf()).isEqualTo(TODAY);
            assertThat(report.lines()).hasSize(1);
        }

        @Test
        void emptyStoreGivesEmptyAging() {
            AgingReport report = engine.reports().aging(companyId);

            assertThat(report.lines()).isEmpty();
        }
    }
}

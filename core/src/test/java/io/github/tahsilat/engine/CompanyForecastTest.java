package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CALENDAR;
import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.firm;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.report.CollectionForecast;
import io.github.tahsilat.report.CompanyCollectionForecast;
import io.github.tahsilat.report.ForecastError;
import io.github.tahsilat.report.ForecastPeriod;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.NetDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The company-wide collection forecast on a small history: one customer pays 10 days late and
 * another 2 days early, each with open items on the forecast date.
 */
class CompanyForecastTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

    private final CompanyId companyId = CompanyId.random();
    private Tahsilat engine;
    private Counterparty late;
    private Counterparty early;

    /**
     * Due dates: INV-A 2025-01-31, paid 2025-02-10; INV-B 2025-03-05; INV-C 2025-03-20; INV-D
     * 2025-02-07, paid 2025-02-05; INV-E 2025-03-21.
     */
    @BeforeEach
    void recordHistory() {
        engine =
                Tahsilat.builder()
                        .stores(InMemoryStores.create())
                        .clock(new MutableClock(NOW))
                        .settings(TahsilatSettings.defaults().withCalendar("test", CALENDAR))
                        .build();
        engine.companies().register(company(companyId));
        late = person(companyId);
        early = firm(companyId);
        engine.counterparties().register(late);
        engine.counterparties().register(early);
        issue(late, "INV-A", "2025-01-01", "100.00");
        issue(late, "INV-B", "2025-02-03", "200.00");
        issue(late, "INV-C", "2025-02-18", "300.00");
        issue(early, "INV-D", "2025-01-08", "400.00");
        issue(early, "INV-E", "2025-02-19", "500.00");
        pay(late, "100.00", "2025-02-10");
        pay(early, "400.00", "2025-02-05");
    }

    private void issue(Counterparty party, String number, String issueDate, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(party.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .currency("TRY")
                        .issueDate(LocalDate.parse(issueDate))
                        .terms(new NetDays(30))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
    }

    private void pay(Counterparty party, String amount, String valueDate) {
        Payment payment =
                Payment.builder()
                        .companyId(companyId)
                        .counterpartyId(party.id())
                        .valueDate(LocalDate.parse(valueDate))
                        .amount(money(amount, "TRY"))
                        .actor("clerk-7")
                        .build();
        engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
    }

    /**
     * Records what happened after the forecast date: every open item paid when the lateness
     * predicted.
     */
    private void payTheRest() {
        pay(late, "200.00", "2025-03-15");
        pay(late, "300.00", "2025-04-01");
        pay(early, "500.00", "2025-03-19");
    }

    private CompanyCollectionForecast weekly() {
        return engine.reports()
                .collectionForecast(companyId, TRY, AS_OF, CollectionForecast.Step.WEEK, 5, 365);
    }

    private static MonetaryAmount[] lira(String... amounts) {
        return java.util.Arrays.stream(amounts)
                .map(amount -> money(amount, "TRY"))
                .toArray(MonetaryAmount[]::new);
    }

    @Nested
    class WeeklyForecast {

        @Test
        void latenessPerCounterparty() {
            assertThat(weekly().lateness()).isEqualTo(Map.of(late.id(), 10L, early.id(), -2L));
        }

        @Test
        void dueDateAndLatenessColumns() {
            CompanyCollectionForecast forecast = weekly();

            List<MonetaryAmount> byDue =
                    forecast.periods().stream().map(ForecastPeriod::byDueDate).toList();
            List<MonetaryAmount> byLate =
                    forecast.periods().stream().map(ForecastPeriod::byLateness).toList();
            assertThat(byDue).containsExactly(lira("200.00", "0.00", "800.00", "0.00", "0.00"));
            assertThat(byLate).containsExactly(lira("0.00", "0.00", "700.00", "0.00", "300.00"));
            assertThat(forecast.laterByDueDate()).isEqualTo(money("0.00", "TRY"));
            assertThat(forecast.laterByLateness()).isEqualTo(money("0.00", "TRY"));
        }

        @ParameterizedTest
        @CsvSource({
            "0, 2025-03-01, 2025-03-07",
            "1, 2025-03-08, 2025-03-14",
            "2, 2025-03-15, 2025-03-21",
            "3, 2025-03-22, 2025-03-28",
            "4, 2025-03-29, 2025-04-04"
        })
        void periodBounds(int index, LocalDate start, LocalDate end) {
            ForecastPeriod period = weekly().periods().get(index);

            assertThat(period.start()).isEqualTo(start);
            assertThat(period.end()).isEqualTo(end);
        }

        @Test
        void laterPaymentsLeaveForecastUnchanged() {
            CompanyCollectionForecast before = weekly();
            payTheRest();

            assertThat(weekly()).isEqualTo(before);
        }
    }

    @Nested
    class MonthlyForecast {

        @Test
        void firstMonthStartsOnForecastDate() {
            CompanyCollectionForecast forecast =
                    engine.reports()
                            .collectionForecast(
                                    companyId,
                                    TRY,
                                    LocalDate.of(2025, 3, 10),
                                    CollectionForecast.Step.MONTH,
                                    1,
                                    365);

            ForecastPeriod march = forecast.periods().get(0);
            assertThat(march.start()).isEqualTo(LocalDate.of(2025, 3, 10));
            assertThat(march.end()).isEqualTo(LocalDate.of(2025, 3, 31));
            // INV-B counts on the forecast date; INV-C, moved to 2025-03-30, stays in March.
            assertThat(march.byDueDate()).isEqualTo(money("1000.00", "TRY"));
            assertThat(march.byLateness()).isEqualTo(money("1000.00", "TRY"));
            assertThat(forecast.laterByLateness()).isEqualTo(money("0.00", "TRY"));
        }
    }

    @Nested
    class ErrorOnHistory {

        @Test
        void latenessForecastMatchesHistory() {
            CompanyCollectionForecast forecast = weekly();
            payTheRest();

            ForecastError error = engine.reports().forecastError(companyId, forecast);

            assertThat(error.latenessMae()).isEqualTo(money("0.00", "TRY"));
            assertThat(error.latenessBias()).isEqualTo(money("0.00", "TRY"));
            // Due-date errors per week: 200, 0, 100, 0, -300.
            assertThat(error.dueDateMae()).isEqualTo(money("120.00", "TRY"));
            assertThat(error.dueDateBias()).isEqualTo(money("0.00", "TRY"));
        }

        @Test
        void nothingPaidYetCountsAsZero() {
            ForecastError error = engine.reports().forecastError(companyId, weekly());

            // Forecast less actual per week by lateness: 0, 0, 700, 0, 300.
            assertThat(error.latenessMae()).isEqualTo(money("200.00", "TRY"));
            assertThat(error.latenessBias()).isEqualTo(money("200.00", "TRY"));
        }
    }

    @Nested
    class Validation {

        @ParameterizedTest
        @CsvSource({"0, 365, count", "521, 365, count", "5, 0, lookbackDays"})
        void shapeOutOfRangeRejected(int count, int lookbackDays, String field) {
            assertThatThrownBy(
                            () ->
                                    engine.reports()
                                            .collectionForecast(
                                                    companyId,
                                                    TRY,
                                                    AS_OF,
                                                    CollectionForecast.Step.WEEK,
                                                    count,
                                                    lookbackDays))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(field);
        }
    }
}

package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.invoice.Invoice;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioGeneratorTest {

    private static int count(DemoScenario scenario, Function<DemoDay, List<?>> events) {
        return scenario.days().stream().mapToInt(day -> events.apply(day).size()).sum();
    }

    private static Stream<Invoice> invoices(DemoScenario scenario) {
        return scenario.days().stream().flatMap(day -> day.invoices().stream());
    }

    private static BigDecimal sum(Stream<javax.money.MonetaryAmount> amounts) {
        return amounts.map(amount -> amount.getNumber().numberValue(BigDecimal.class))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Nested
    class Determinism {

        @ParameterizedTest
        @CsvSource({
            "1,        20,  3,   6,   4, 0,  0,  2,   154421.80,         0, INV-2024-000006",
            "7,        50,  6,  31,  29, 1,  1,  0,  1294181.30,  14926.94, INV-2024-000031",
            "20240101, 200, 12, 299, 322, 6,  8, 14, 10354948.26,  80617.96, INV-2024-000299"
        })
        void seedGivesTheseFigures(
                long seed,
                int customers,
                int months,
                int invoices,
                int payments,
                int credits,
                int disputes,
                int promises,
                BigDecimal invoicedTry,
                BigDecimal paidEur,
                String lastNumber) {
            DemoScenario scenario = ScenarioGenerator.generate(seed, customers, months);

            assertThat(count(scenario, DemoDay::invoices)).isEqualTo(invoices);
            assertThat(count(scenario, DemoDay::payments)).isEqualTo(payments);
            assertThat(count(scenario, DemoDay::credits)).isEqualTo(credits);
            assertThat(count(scenario, DemoDay::disputes)).isEqualTo(disputes);
            assertThat(count(scenario, DemoDay::promises)).isEqualTo(promises);
            assertThat(
                            sum(
                                    invoices(scenario)
                                            .filter(
                                                    i ->
                                                            i.currency()
                                                                    .getCurrencyCode()
                                                                    .equals("TRY"))
                                            .map(Invoice::receivable)))
                    .isEqualByComparingTo(invoicedTry);
            assertThat(
                            sum(
                                    scenario.days().stream()
                                            .flatMap(day -> day.payments().stream())
                                            .map(PlannedPayment::amount)
                                            .filter(
                                                    a ->
                                                            a.getCurrency()
                                                                    .getCurrencyCode()
                                                                    .equals("EUR"))))
                    .isEqualByComparingTo(paidEur);
            assertThat(invoices(scenario).reduce((first, second) -> second).orElseThrow().number())
                    .isEqualTo(lastNumber);
        }

        @Test
        void sameSeedGivesEqualScenario() {
            DemoScenario first = ScenarioGenerator.generate(42, 60, 4);
            DemoScenario second = ScenarioGenerator.generate(42, 60, 4);

            assertThat(second.customers()).isEqualTo(first.customers());
            assertThat(second.days()).isEqualTo(first.days());
        }

        @Test
        void otherSeedGivesOtherScenario() {
            DemoScenario first = ScenarioGenerator.generate(42, 60, 4);
            DemoScenario second = ScenarioGenerator.generate(43, 60, 4);

            assertThat(second.days()).isNotEqualTo(first.days());
        }
    }

    @Nested
    class Shape {

        private final DemoScenario scenario = ScenarioGenerator.generate(20240101, 400, 24);

        @Test
        void daysCoverEveryCalendarDay() {
            assertThat(scenario.days()).hasSize(731);
            assertThat(scenario.first()).isEqualTo(ScenarioGenerator.FIRST_DAY);
            assertThat(scenario.last()).hasToString("2025-12-31");
        }

        @Test
        void invoicesUseSeveralCurrencies() {
            assertThat(invoices(scenario).map(i -> i.currency().getCurrencyCode()).distinct())
                    .containsExactlyInAnyOrder("TRY", "EUR", "USD");
        }

        @Test
        void someInvoicesHaveInstallments() {
            assertThat(invoices(scenario).filter(i -> i.dueSchedule().installments().size() > 1))
                    .isNotEmpty();
        }

        @Test
        void someInvoicesOfferDiscounts() {
            assertThat(
                            invoices(scenario)
                                    .filter(
                                            i ->
                                                    !i.dueSchedule()
                                                            .installments()
                                                            .get(0)
                                                            .discounts()
                                                            .isEmpty()))
                    .isNotEmpty();
        }

        @Test
        void somePaymentsAreCheques() {
            assertThat(
                            scenario.days().stream()
                                    .flatMap(day -> day.payments().stream())
                                    .filter(PlannedPayment::cheque))
                    .isNotEmpty();
        }

        @Test
        void customerNamesAreUnique() {
            assertThat(scenario.customers().stream().map(DemoCustomer::name).distinct())
                    .hasSize(scenario.customers().size());
        }

        @Test
        void paymentsArriveOnBusinessDays() {
            assertThat(
                            scenario.days().stream()
                                    .filter(day -> !day.payments().isEmpty())
                                    .map(DemoDay::date)
                                    .filter(
                                            date ->
                                                    !scenario.context()
                                                            .calendar()
                                                            .isBusinessDay(date)))
                    .isEmpty();
        }
    }

    @Nested
    class Limits {

        @Test
        void zeroCustomersIsRejected() {
            assertThatThrownBy(() -> ScenarioGenerator.generate(1, 0, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid customer count: 0; expected 1 to 10000");
        }

        @Test
        void tooManyMonthsIsRejected() {
            assertThatThrownBy(() -> ScenarioGenerator.generate(1, 1, 37))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid month count: 37; expected 1 to 36");
        }
    }
}

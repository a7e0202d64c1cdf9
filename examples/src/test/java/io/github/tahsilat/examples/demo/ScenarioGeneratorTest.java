package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            "1,        20,  3,   5,   3, 0, 0, 1,  0, 0,   72440.41,         0, INV-2024-000005",
            "7,        50,  6,  30,  29, 0, 0, 0,  3, 0, 1025840.93,   5160.39, INV-2024-000030",
            "20240101, 200, 12, 317, 390, 9, 7, 6, 49, 8, 9500389.84, 131322.11, INV-2024-000317"
        })
        void seedGivesTheseFigures(
                long seed,
                int customers,
                int months,
                int invoices,
                int entries,
                int credits,
                int disputes,
                int promises,
                int instrumentEvents,
                int paymentPlans,
                BigDecimal invoicedTry,
                BigDecimal eurEntries,
                String lastNumber) {
            DemoScenario scenario = ScenarioGenerator.generate(seed, customers, months);

            assertThat(count(scenario, DemoDay::invoices)).isEqualTo(invoices);
            assertThat(count(scenario, DemoDay::entries)).isEqualTo(entries);
            assertThat(count(scenario, DemoDay::credits)).isEqualTo(credits);
            assertThat(count(scenario, DemoDay::disputes)).isEqualTo(disputes);
            assertThat(count(scenario, DemoDay::promises)).isEqualTo(promises);
            assertThat(count(scenario, DemoDay::instruments)).isEqualTo(instrumentEvents);
            assertThat(count(scenario, DemoDay::paymentPlans)).isEqualTo(paymentPlans);
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
                                            .flatMap(day -> day.entries().stream())
                                            .map(PlannedEntry::amount)
                                            .filter(
                                                    a ->
                                                            a.getCurrency()
                                                                    .getCurrencyCode()
                                                                    .equals("EUR"))))
                    .isEqualByComparingTo(eurEntries);
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
        void everyInstrumentStepOccurs() {
            List<InstrumentEvent> events =
                    scenario.days().stream().flatMap(day -> day.instruments().stream()).toList();

            assertThat(events)
                    .extracting(InstrumentEvent::step)
                    .contains(InstrumentEvent.Step.values());
            assertThat(events)
                    .extracting(event -> event.request().kind())
                    .contains(InstrumentKind.CHEQUE, InstrumentKind.PROMISSORY_NOTE);
        }

        @Test
        void instrumentsMatureOnBusinessDays() {
            assertThat(
                            scenario.days().stream()
                                    .flatMap(day -> day.instruments().stream())
                                    .map(event -> event.request().maturity())
                                    .filter(
                                            date ->
                                                    !scenario.context()
                                                            .calendar()
                                                            .isBusinessDay(date)))
                    .isEmpty();
        }

        @Test
        void everyReturnRepeatsAnEarlierTransfer() {
            Set<String> sent = new HashSet<>();
            int returns = 0;
            for (DemoDay day : scenario.days()) {
                for (PlannedEntry entry : day.entries()) {
                    if (entry.kind() == PlannedEntry.EntryKind.TRANSFER) {
                        sent.add(entry.endToEndId());
                    } else if (entry.kind() == PlannedEntry.EntryKind.RETURN) {
                        returns++;
                        assertThat(sent).contains(entry.endToEndId());
                    }
                }
            }
            assertThat(returns).isPositive();
        }

        @Test
        void paymentPlansTakeEveryForm() {
            List<PlannedPaymentPlan> plans = paymentPlans().toList();

            assertThat(plans).isNotEmpty();
            assertThat(plans).anyMatch(plan -> plan.terms().downPayment().isPresent());
            assertThat(plans).anyMatch(plan -> plan.terms().downPayment().isEmpty());
            assertThat(plans).anyMatch(plan -> plan.terms().interest().isPresent());
            assertThat(plans).anyMatch(plan -> plan.missedInstallment().isPresent());
            assertThat(plans).anyMatch(plan -> plan.missedInstallment().isEmpty());
            assertThat(plans).anyMatch(plan -> plan.items().size() > 1);
        }

        @Test
        void planItemsAreOverdueOnPlanDate() {
            Map<InvoiceId, Invoice> byId = new HashMap<>();
            invoices(scenario).forEach(invoice -> byId.put(invoice.id(), invoice));

            for (PlannedPaymentPlan plan : paymentPlans().toList()) {
                assertThat(scenario.context().calendar().isBusinessDay(plan.agreedOn())).isTrue();
                for (InvoiceId item : plan.items()) {
                    assertThat(byId.get(item).dueSchedule().finalDueDate())
                            .isBefore(plan.agreedOn());
                }
            }
        }

        @Test
        void eachItemIsInOnePlan() {
            List<InvoiceId> items = paymentPlans().flatMap(plan -> plan.items().stream()).toList();

            assertThat(items).doesNotHaveDuplicates();
        }

        @Test
        void interestOnlyOnLiraPlans() {
            assertThat(
                            paymentPlans()
                                    .filter(plan -> plan.terms().interest().isPresent())
                                    .map(plan -> plan.expected().total().getCurrency())
                                    .map(currency -> currency.getCurrencyCode())
                                    .distinct())
                    .containsExactly("TRY");
        }

        private Stream<PlannedPaymentPlan> paymentPlans() {
            return scenario.days().stream().flatMap(day -> day.paymentPlans().stream());
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
                                    .filter(day -> !day.entries().isEmpty())
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

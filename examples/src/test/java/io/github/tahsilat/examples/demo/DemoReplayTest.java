package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.plan.PlanInstallment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class DemoReplayTest {

    private static DemoResult replay(long seed, int customers, int months) throws IOException {
        return replay(ScenarioGenerator.generate(seed, customers, months));
    }

    private static DemoResult replay(DemoScenario scenario) throws IOException {
        Path folder = Files.createTempDirectory("tahsilat-demo-test");
        try {
            return DemoReplay.run(scenario, folder, (done, total, day) -> {});
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void seededRunGivesTheseFigures() throws Exception {
        DemoResult result = replay(20240101, 150, 6);

        DemoResult.Counts counts = result.counts();
        assertThat(counts.invoices()).isEqualTo(92);
        assertThat(counts.creditNotes()).isEqualTo(2);
        assertThat(counts.promises()).isEqualTo(1);
        assertThat(counts.statementFiles()).isEqualTo(121);
        assertThat(result.statementLines(DemoResult.StatementDay::matched)).isEqualTo(90);
        assertThat(result.statementLines(DemoResult.StatementDay::suggested)).isEqualTo(6);
        assertThat(result.statementLines(DemoResult.StatementDay::unmatched)).isEqualTo(2);
        assertThat(result.statementLines(DemoResult.StatementDay::reversed)).isEqualTo(2);
        assertThat(result.reimport())
                .isEqualTo(new DemoResult.Reimport(LocalDate.of(2024, 1, 23), 0, 1));
        DemoResult.Instruments instruments = result.instruments();
        assertThat(instruments.received()).isEqualTo(11);
        assertThat(instruments.notes()).isEqualTo(3);
        assertThat(instruments.handedToBank()).isEqualTo(7);
        assertThat(instruments.cleared()).isEqualTo(10);
        assertThat(instruments.bounced()).isEqualTo(1);
        assertThat(instruments.endorsed()).isEqualTo(2);
        assertThat(instruments.feesCharged()).isEqualTo(money("500.00", "TRY"));
        DemoResult.CurrencyFigures lira = result.currencies().get(0);
        assertThat(lira.invoiced()).isEqualTo(money("2726749.53", "TRY"));
        assertThat(lira.received()).isEqualTo(money("1952371.62", "TRY"));
        assertThat(lira.instruments()).isEqualTo(money("159210.20", "TRY"));
        assertThat(lira.outstanding()).isEqualTo(money("612640.53", "TRY"));
        assertThat(
                        List.of(
                                result.noticesAtLevel(1),
                                result.noticesAtLevel(2),
                                result.noticesAtLevel(3)))
                .isEqualTo(List.of(45, 33, 9));
        assertPageMakesNoRequest(HtmlReport.render(result));
    }

    /**
     * Replays one seeded year with payment plans of every kind: with and without a down payment or
     * interest, kept, broken, and still active at the end.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PaymentPlans {

        private DemoScenario scenario;
        private DemoResult result;

        @BeforeAll
        void replayYear() throws IOException {
            scenario = ScenarioGenerator.generate(1, 300, 12);
            result = replay(scenario);
        }

        @Test
        void seededYearGivesThesePlanFigures() {
            DemoResult.PaymentPlans plans = result.paymentPlans();

            assertThat(plans.agreed()).isEqualTo(9);
            assertThat(plans.items()).isEqualTo(10);
            assertThat(plans.completed()).isEqualTo(4);
            assertThat(plans.broken()).isEqualTo(2);
            assertThat(plans.active()).isEqualTo(3);
            assertThat(plans.excludedItems()).isEqualTo(10);
            assertThat(plans.exclusions()).isEqualTo(537);
            DemoResult.PlanMoney lira = plans.currencies().get(0);
            assertThat(lira.agreed()).isEqualTo(5);
            assertThat(lira.restructured()).isEqualTo(money("156303.96", "TRY"));
            assertThat(lira.interest()).isEqualTo(money("3522.22", "TRY"));
            assertThat(lira.paid()).isEqualTo(money("101530.86", "TRY"));
            assertThat(lira.outstandingActive()).isEqualTo(money("47123.36", "TRY"));
            DemoResult.PlanMoney euro = plans.currencies().get(1);
            assertThat(euro.agreed()).isEqualTo(3);
            assertThat(euro.restructured()).isEqualTo(money("3100.10", "EUR"));
            assertThat(euro.paid()).isEqualTo(money("2465.86", "EUR"));
            assertThat(euro.outstandingActive()).isEqualTo(money("634.24", "EUR"));
        }

        @Test
        void moneyAddsUpWithPlanInterest() {
            DemoResult.CurrencyFigures lira = result.currencies().get(0);

            assertThat(lira.interest()).isEqualTo(money("3522.22", "TRY"));
            assertThat(lira.outstanding()).isEqualTo(money("4110999.09", "TRY"));
            MonetaryAmount remaining =
                    lira.invoiced()
                            .add(lira.fees())
                            .add(lira.interest())
                            .subtract(lira.applied())
                            .subtract(lira.instruments())
                            .subtract(lira.discounts())
                            .subtract(lira.credited());
            assertThat(remaining).isEqualByComparingTo(lira.outstanding());
        }

        @Test
        void plansEndAsTheCustomersPay() {
            LocalDate lastRun = scenario.last();
            while (!scenario.context().calendar().isBusinessDay(lastRun)) {
                lastRun = lastRun.minusDays(1);
            }
            List<PlannedPaymentPlan> planned =
                    scenario.days().stream().flatMap(day -> day.paymentPlans().stream()).toList();
            int missedPastGrace = 0;
            int keptPastLastDueDate = 0;
            for (PlannedPaymentPlan plan : planned) {
                List<PlanInstallment> installments = plan.expected().installments();
                int judged =
                        plan.missedInstallment().isPresent()
                                ? plan.missedInstallment().getAsInt()
                                : installments.get(installments.size() - 1).number();
                LocalDate graceEnd =
                        installments.stream()
                                .filter(installment -> installment.number() == judged)
                                .findFirst()
                                .orElseThrow()
                                .dueDate()
                                .plusDays(plan.terms().graceDays());
                if (!graceEnd.isBefore(lastRun)) {
                    continue;
                }
                if (plan.missedInstallment().isPresent()) {
                    missedPastGrace++;
                } else {
                    keptPastLastDueDate++;
                }
            }

            DemoResult.PaymentPlans plans = result.paymentPlans();
            assertThat(plans.agreed()).isEqualTo(planned.size());
            assertThat(plans.broken()).isEqualTo(missedPastGrace);
            assertThat(plans.completed()).isEqualTo(keptPastLastDueDate);
            assertThat(plans.completed() + plans.broken() + plans.active())
                    .isEqualTo(plans.agreed());
        }

        @Test
        void dunningLeavesPlannedItemsOut() {
            DemoResult.PaymentPlans plans = result.paymentPlans();

            assertThat(plans.excludedItems()).isPositive().isLessThanOrEqualTo(plans.items());
            assertThat(plans.exclusions()).isGreaterThanOrEqualTo(plans.excludedItems());
        }

        @Test
        void monthsAddUpToTheCounts() {
            List<DemoResult.PlanMonth> months = result.paymentPlans().months();

            assertThat(months).hasSize(12);
            assertThat(months.stream().mapToInt(DemoResult.PlanMonth::agreed).sum()).isEqualTo(9);
            assertThat(months.stream().mapToInt(DemoResult.PlanMonth::completed).sum())
                    .isEqualTo(4);
            assertThat(months.stream().mapToInt(DemoResult.PlanMonth::broken).sum()).isEqualTo(2);
        }
    }

    /** Checks that the page parses as XML and names nothing to load but its data-URI images. */
    private static void assertPageMakesNoRequest(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        String withoutImages = html.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]*", "");
        assertThat(withoutImages.toLowerCase(Locale.ROOT))
                .doesNotContain("http")
                .doesNotContain("<script")
                .doesNotContain("<link")
                .doesNotContain("url(")
                .doesNotContain("@import");
    }

    private static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    @Property(tries = 6)
    void replayConservesMoney(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 10, max = 80) int customers,
            @ForAll @IntRange(min = 1, max = 4) int months)
            throws IOException {
        DemoResult result = replay(seed, customers, months);

        for (DemoResult.CurrencyFigures figures : result.currencies()) {
            MonetaryAmount remaining =
                    figures.invoiced()
                            .add(figures.fees())
                            .add(figures.interest())
                            .subtract(figures.applied())
                            .subtract(figures.instruments())
                            .subtract(figures.discounts())
                            .subtract(figures.credited());
            assertThat(remaining)
                    .as(figures.currency().getCurrencyCode())
                    .isEqualByComparingTo(figures.outstanding());
            assertThat(figures.applied().add(figures.overpaid()))
                    .as(figures.currency().getCurrencyCode())
                    .isEqualByComparingTo(figures.received());
        }
    }

    @Property(tries = 3)
    void secondImportBooksNothing(@ForAll @LongRange(min = 1, max = 1_000_000) long seed)
            throws IOException {
        DemoResult result = replay(seed, 40, 2);

        DemoResult.Reimport reimport = result.reimport();
        if (reimport == null) {
            assertThat(result.statementLines(DemoResult.StatementDay::matched)).isZero();
            return;
        }
        DemoResult.StatementDay first =
                result.statementDays().stream()
                        .filter(day -> day.date().equals(reimport.date()))
                        .findFirst()
                        .orElseThrow();
        assertThat(reimport.booked()).isZero();
        assertThat(reimport.alreadyBooked()).isEqualTo(first.matched());
    }

    @Property(tries = 3)
    void everyBusinessDayHasOneStatementAndOneRun(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws IOException {
        DemoResult result = replay(seed, 20, 2);

        assertThat(result.counts().statementFiles()).isEqualTo(result.counts().dunningRuns());
        assertThat(result.statementDays()).hasSize(result.counts().statementFiles());
        assertThat(result.agingByMonthEnd()).hasSize(2 * 3);
        assertThat(result.collections()).hasSize(2 * 3);
    }
}

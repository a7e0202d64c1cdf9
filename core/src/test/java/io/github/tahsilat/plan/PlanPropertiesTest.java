package io.github.tahsilat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.terms.MonthlyAnchor;
import io.github.tahsilat.terms.MonthlyInstallments;
import io.github.tahsilat.terms.NetDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Invariants of plan schedules and standings over generated plans and payment sequences. */
class PlanPropertiesTest {

    private static final List<String> CURRENCIES = List.of("TRY", "JPY", "KWD", "EUR");

    /** A generated plan: its schedule and its grace days. */
    record Plan(PlanSchedule schedule, int graceDays) {}

    @Property
    void installmentsSumToPlanAmount(@ForAll("plans") Plan plan) {
        PlanSchedule schedule = plan.schedule();
        CurrencyUnit currency = schedule.restructured().getCurrency();

        long sum = 0;
        for (PlanInstallment installment : schedule.installments()) {
            MinorAmount amount = MinorAmount.of(installment.amount(), RoundingMode.UNNECESSARY);
            assertThat(amount.currency()).isEqualTo(currency);
            assertThat(amount.isPositive()).isTrue();
            sum += amount.units();
        }
        assertThat(sum).isEqualTo(units(schedule.total()));
    }

    @Property
    void paymentsNeverOverApplied(
            @ForAll("plans") Plan plan,
            @ForAll @Size(max = 12) List<@LongRange(min = 0, max = 1_000_000_00L) Long> payments,
            @ForAll @IntRange(min = -30, max = 4000) int daysAfterPlan) {
        PlanSchedule schedule = plan.schedule();
        CurrencyUnit currency = schedule.restructured().getCurrency();
        LocalDate planDate = schedule.installments().get(0).dueDate().minusDays(1);
        long paidSoFar = 0;
        for (long payment : payments) {
            paidSoFar += payment;
            PlanStanding standing =
                    PlanStanding.evaluate(
                            schedule,
                            new MinorAmount(paidSoFar, currency).toMonetaryAmount(),
                            planDate.plusDays(daysAfterPlan),
                            plan.graceDays());

            long applied = 0;
            long outstanding = 0;
            for (InstallmentStanding installment : standing.installments()) {
                long part = units(installment.paid());
                long owed = units(installment.outstanding());
                assertThat(part).isNotNegative();
                assertThat(owed).isNotNegative();
                assertThat(part + owed).isEqualTo(units(installment.installment().amount()));
                applied += part;
                outstanding += owed;
            }
            assertThat(applied).isLessThanOrEqualTo(paidSoFar);
            assertThat(applied).isEqualTo(units(standing.paid()));
            assertThat(applied + outstanding).isEqualTo(units(schedule.total()));
            assertThat(standing.isComplete()).isEqualTo(outstanding == 0);
            assertThat(standing.isBroken() && standing.isComplete()).isFalse();
        }
    }

    private static long units(javax.money.MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).units();
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<CurrencyUnit> currencies = Arbitraries.of(CURRENCIES).map(Monetary::getCurrency);
        Arbitrary<Long> owed = Arbitraries.longs().between(1_000, 1_000_000_000L);
        Arbitrary<Integer> counts = Arbitraries.integers().between(1, 36);
        Arbitrary<Integer> downPercent = Arbitraries.integers().between(0, 90);
        Arbitrary<Optional<PlanInterest>> interest =
                Combinators.combine(
                                Arbitraries.bigDecimals()
                                        .between(BigDecimal.ZERO, new BigDecimal("120"))
                                        .ofScale(2),
                                Arbitraries.of(DayCount.class))
                        .as(PlanInterest::new)
                        .optional();
        Arbitrary<Integer> grace = Arbitraries.integers().between(0, PlanTerms.MAX_GRACE_DAYS);
        Arbitrary<LocalDate> dates =
                Arbitraries.integers()
                        .between(0, 3650)
                        .map(days -> LocalDate.parse("2020-01-01").plusDays(days));
        return Combinators.combine(currencies, owed, counts, downPercent, interest, grace, dates)
                .as(
                        (currency, units, count, percent, rate, graceDays, planDate) -> {
                            MinorAmount whole = new MinorAmount(units, currency);
                            PlanTerms terms =
                                    new PlanTerms(
                                            Optional.empty(),
                                            new MonthlyInstallments(
                                                    count,
                                                    new NetDays(30),
                                                    MonthlyAnchor.DAY_OF_MONTH),
                                            rate,
                                            graceDays);
                            long down = units * percent / 100;
                            if (down > 0) {
                                terms =
                                        terms.withDownPayment(
                                                new MinorAmount(down, currency).toMonetaryAmount());
                            }
                            PlanSchedule schedule =
                                    PlanSchedule.compute(
                                            terms,
                                            planDate,
                                            whole.toMonetaryAmount(),
                                            HolidayCalendar.weekendsOnly(),
                                            RoundingMode.HALF_EVEN);
                            return new Plan(schedule, graceDays);
                        });
    }
}
